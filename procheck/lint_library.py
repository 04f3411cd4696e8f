"""Checks on the clause library itself, separate from testing it (``procheck clauses lint``)."""

from __future__ import annotations

from dataclasses import dataclass

from procheck.library import Library

CORE_LANGS = ("sv", "en", "nl")


@dataclass(frozen=True)
class LintIssue:
    code: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.code} {self.message}"


def lint(lib: Library) -> list[LintIssue]:
    issues: list[LintIssue] = []
    tested: dict[str, set[str]] = {}
    for fam in lib.families.values():
        path = str(lib.files[fam.id])
        for t in fam.tests:
            if t.lang not in fam.languages:
                issues.append(LintIssue("L105", path, f"a test is in language {t.lang!r}, which the family does not declare"))
            for eid, status in t.expect.items():
                if eid not in lib.elements:
                    issues.append(LintIssue("L106", path, f"a test expects unknown element {eid!r}"))
                if status in ("present", "weak"):
                    tested.setdefault(eid, set()).add(t.lang)
        for el in fam.elements:
            if not el.message.strip():
                issues.append(LintIssue("L102", path, f"{el.id}: empty message"))
            if el.check != "grounds.v1":
                missing = [lang for lang in CORE_LANGS if lang not in el.patterns]
                if missing:
                    issues.append(LintIssue("L103", path, f"{el.id}: no patterns for {', '.join(missing)}"))
                extra = [lang for lang in el.patterns if lang not in fam.languages]
                if extra:
                    issues.append(LintIssue("L103", path, f"{el.id}: patterns for undeclared language(s) {', '.join(extra)}"))
            missing_text = [lang for lang in CORE_LANGS if lang not in el.model_text]
            if missing_text:
                issues.append(LintIssue("L107", path, f"{el.id}: no model clause text for {', '.join(missing_text)}"))
            if el.requires and el.requires not in lib.elements:
                issues.append(LintIssue("L108", path, f"{el.id}: requires unknown element {el.requires!r}"))
    for eid, cel in lib.elements.items():
        if eid not in tested:
            issues.append(LintIssue("L104", str(lib.files[cel.family]), f"{eid}: no positive inline test"))
    for name, prof in lib.profiles.items():
        for eid in prof.elements:
            if eid not in lib.elements:
                issues.append(LintIssue("L109", f"profiles/{name}.yaml", f"unknown element {eid!r}"))
    return issues
