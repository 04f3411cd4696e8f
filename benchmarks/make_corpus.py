#!/usr/bin/env python3
"""Make a synthetic corpus for throughput benchmarks.

    python benchmarks/make_corpus.py N OUTDIR [--pages 30] [--jobs 4] [--seed 1]

Writes N generated contracts/tenders of about ``--pages`` pages each (mostly PDF, some DOCX and TXT),
in Swedish, English and Dutch, built from the same clause stock as the bundled samples
(``tools/sample_text``), plus ``labels.json`` with the computed labels of every file.
Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))

from sample_text.compose import STOCKS, Spec, build_and_render  # noqa: E402

# anti-discrimination set-ups: (variants with placements, hard negatives)
SETUPS = [
    ([("stockholm", "after:laws")], []),
    ([("ghent", "after:performance")], []),
    ([("weak", "after:laws")], [("pricing", "after:prices")]),
    ([("negated", "after:laws")], []),
    ([("laws_list", "replace:laws")], []),
    ([("annex_body", "annex"), ("xref_term", "append:termination")], []),
    ([], [("mfn", "after:prices"), ("recital", "after:background")]),
    ([], [("network", "after:performance")]),
    ([("stockholm_tracked", "after:laws")], []),
]
LANG_ONLY = {"sv": [([("sv_law7", "after:laws")], []), ([("alone_term", "append:termination")], [])],
             "en": [([("uk_equality", "after:laws")], []), ([("us_eeo", "after:laws")], []),
                    ([("alone_sanctions", "after:termination")], [])],
             "nl": [([("awgb", "after:laws")], []), ([("be_exec", "after:laws")], []),
                    ([("alone_flow", "after:subcontracting")], [])]}


def make_spec(i: int, rng: random.Random, pages: int) -> Spec:
    lang = rng.choice(["sv", "en", "nl"])
    fmt = rng.choices(["pdf", "docx", "txt"], weights=[75, 15, 10])[0]
    ad, hard = rng.choice(SETUPS + LANG_ONLY[lang])
    subject = rng.choice(list(STOCKS[lang].SUBJECTS))
    name = f"bench_{i:05d}_{lang}.{fmt}"
    opts = {"cols": rng.choice([1, 1, 2]), "header_footer": rng.random() < 0.7, "hyphenate": rng.random() < 0.3,
            "size": rng.choice([9.5, 10.0, 10.5]), "font": rng.choice(["Helvetica", "Times-Roman"])}
    opts["leading"] = opts["size"] * 1.32
    return Spec(name=name, lang=lang, kind="contract", fmt=fmt, subject=subject, ad=list(ad), hard=list(hard),
                pages=pages, opts=opts, annexes=("spec", "prices", "sla"))


def _one(args: tuple) -> tuple[str, dict]:
    spec, outdir = args
    r = build_and_render(spec, os.path.join(outdir, spec.name))
    return spec.name, {k: v for k, v in r.items() if not k.startswith("_")} | {"pages": r["_pages"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=min(8, os.cpu_count() or 1))
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    os.makedirs(args.outdir, exist_ok=True)
    rng = random.Random(args.seed)
    specs = [make_spec(i, rng, args.pages) for i in range(args.n)]
    t0 = time.time()
    labels: dict = {}
    work = [(s, args.outdir) for s in specs]
    if args.jobs > 1 and len(work) > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            for name, lab in ex.map(_one, work, chunksize=4):
                labels[name] = lab
    else:
        for w in work:
            name, lab = _one(w)
            labels[name] = lab
    with open(os.path.join(args.outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    pages = sum(v["pages"] for v in labels.values())
    print(f"wrote {len(labels)} documents (~{pages} pages) to {args.outdir} in {time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
