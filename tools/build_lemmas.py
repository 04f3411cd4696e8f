"""Build the compact lemma tables procheck ships (procheck/data/lemmas/<lang>.json).

spacy-lookups-data's full tables take seconds and hundreds of MiB to load per language; procheck
only needs lemmas to compare candidate sentences with the clause library's exemplar wordings. This
keeps every entry whose lemma (or form) occurs in those wordings, so "terminates", "terminated" and
"termination" still meet "terminate". Re-run after changing exemplars; tests/test_similarity.py
fails when the tables are stale.

    python tools/build_lemmas.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from procheck.library import load_library  # noqa: E402
from procheck.match.similarity import LANGS, exemplar_digest, exemplar_words  # noqa: E402

OUT = ROOT / "procheck" / "data" / "lemmas"


def main() -> None:
    import gzip

    import spacy_lookups_data

    src = Path(spacy_lookups_data.__file__).parent / "data"
    lib = load_library(ROOT / "clauses")
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        with gzip.open(src / f"{lang}_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
            full = json.load(fh)
        words = exemplar_words(lib, lang)
        keep_lemmas = {lem if isinstance(lem := full.get(w, w), str) else w for w in words} | words
        table = {f: lem for f, lem in full.items() if isinstance(f, str) and isinstance(lem, str) and (lem in keep_lemmas or f in words)}
        data = {"lang": lang, "source": "spacy-lookups-data lemma_lookup", "exemplars": exemplar_digest(lib, lang),
                "table": dict(sorted(table.items()))}
        (OUT / f"{lang}.json").write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{lang}: {len(table)} of {len(full)} entries")


if __name__ == "__main__":
    main()
