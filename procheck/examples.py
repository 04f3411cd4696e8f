"""Run the inline tests of every clause family (``tests:`` in clauses/*.yaml).

Each test text is checked as a small document; every element named in ``expect`` must get that
status and every other element must be ``missing`` (an unannotated match is a failure), as in
semgrep-rules' ``ruleid:`` / ``ok:`` convention. ``todo: true`` records a known gap.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from procheck.library import Library


@dataclass(frozen=True)
class ExampleOutcome:
    family: str
    index: int
    lang: str
    text: str
    expected: dict[str, str]
    got: dict[str, str]
    ok: bool
    todo: bool
    reasons: dict[str, str]

    @property
    def name(self) -> str:
        return f"{self.family}[{self.index}]"

    def diff(self) -> list[str]:
        keys = sorted(set(self.expected) | {k for k, v in self.got.items() if v != "missing"})
        return [
            f"{k}: expected {self.expected.get(k, 'missing')}, got {self.got.get(k)} ({self.reasons.get(k, '')})"
            for k in keys
            if self.expected.get(k, "missing") != self.got.get(k)
        ]


def check_text(text: str, lib: Library, lang_hint: str | None = None) -> dict[str, tuple[str, str]]:
    """Judge a short text as if it were a whole document: element id -> (status, reason)."""
    from procheck.ingest.from_text import read_text
    from procheck.match import judge
    from procheck.segment import segment

    data = text.encode("utf-8")
    doc = read_text(data, "<example>", hashlib.sha256(data).hexdigest())
    seg = segment(doc, role_of=lib.roles)
    if lang_hint and seg.language != lang_hint:
        from dataclasses import replace

        sents = tuple(replace(s, lang=lang_hint) for s in seg.sentences)
        seg = replace(seg, sentences=sents, language=lang_hint)
    return {eid: (r.status, r.reason) for eid, r in judge(seg, lib).items()}


def run_examples(lib: Library) -> list[ExampleOutcome]:
    out: list[ExampleOutcome] = []
    for fam in lib.families.values():
        for i, t in enumerate(fam.tests):
            res = check_text(t.text, lib, t.lang)
            got = {k: v[0] for k, v in res.items()}
            ok = all(got.get(k) == t.expect.get(k, "missing") for k in got)
            out.append(
                ExampleOutcome(fam.id, i, t.lang, t.text, dict(t.expect), got, ok, t.todo,
                               {k: v[1] for k, v in res.items()})
            )
    return out
