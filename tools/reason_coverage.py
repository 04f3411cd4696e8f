"""How much of the checkers' reasons the reason templates translate, per report language.

    python tools/reason_coverage.py [DIR] [--lang sv --lang nl] [--json-reports] [--show N]

Checks every document under DIR (default: samples/) with the full profile, cuts each element's
reason into sentences the way ``procheck.i18n`` does, and counts the sentences a template
translates. With ``--json-reports`` DIR holds JSON reports (``procheck scan`` output) instead of
documents. Prints the coverage per language and the untranslated sentence shapes (numbers shown as
N, quoted words as '…'), most frequent first. Exit status 1 when a language is below ``--min``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from procheck.i18n import catalogue, reason_parts

DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


def reasons_from_documents(folder: Path) -> list[str]:
    """Every element reason (and reader warning) of every document under ``folder``."""
    from procheck.pipeline import check_path

    out: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES):
        if path.name.lower() == "readme.md":
            continue
        report = check_path(path)
        out.extend(el.reason for el in report.elements)
        out.extend(report.warnings)
    return out


def reasons_from_json(folder: Path) -> list[str]:
    """Every element reason (and warning) of the JSON reports under ``folder``."""
    out: list[str] = []
    for path in sorted(folder.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "elements" not in data:
            continue
        out.extend(el.get("reason", "") for el in data["elements"])
        out.extend(data.get("document", {}).get("warnings", []))
    return out


def shape(sentence: str) -> str:
    """A sentence with its variable parts blanked, so that similar sentences group together."""
    s = re.sub(r"'[^']*'", "'…'", sentence)
    return re.sub(r"\d[\d ,.:–-]*\d|\d", "N", s)


def coverage(reasons: list[str], lang: str) -> tuple[int, int, Counter[str]]:
    """(translated sentences, all sentences, untranslated shapes) for one language."""
    table = catalogue(lang).reasons
    done = total = 0
    missed: Counter[str] = Counter()
    for reason in reasons:
        for piece, translated in reason_parts(reason, table):
            total += 1
            if translated is not None:
                done += 1
            else:
                missed[shape(piece)] += 1
    return done, total, missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="samples", type=Path)
    ap.add_argument("--lang", action="append", help="report language (repeatable; default sv and nl)")
    ap.add_argument("--json-reports", action="store_true", help="FOLDER holds JSON reports, not documents")
    ap.add_argument("--show", type=int, default=20, help="untranslated shapes to list per language")
    ap.add_argument("--min", type=float, default=0.0, help="fail (exit 1) below this coverage, 0-1")
    args = ap.parse_args(argv)
    reasons = reasons_from_json(args.folder) if args.json_reports else reasons_from_documents(args.folder)
    status = 0
    for lang in args.lang or ["sv", "nl"]:
        done, total, missed = coverage(reasons, lang)
        share = done / total if total else 1.0
        print(f"{lang}: {done}/{total} reason sentences translated ({share:.1%}), "
              f"{len(missed)} untranslated shapes")
        for text, n in missed.most_common(args.show):
            print(f"  {n:4d}  {text}")
        if share < args.min:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
