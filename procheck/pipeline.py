"""The only module that knows the stage order: ingest -> segment -> match/judge -> profile -> Report."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from procheck import __version__
from procheck.errors import InputError, ProcheckError
from procheck.library import Library, Profile, load_library
from procheck.records import Document, ElementResult, Report

UNKNOWN_REASON = "The document could not be read ({why}); nothing can be concluded about this element."


def check_document(
    doc: Document, *, library: Library | None = None, profile: str | Profile | None = None,
    score_profile: str | None = None,
) -> Report:
    """Judge an already-loaded document."""
    from procheck.match import judge
    from procheck.segment import segment

    lib = library or load_library()
    prof = profile if isinstance(profile, Profile) else lib.profile(profile)
    t0 = time.perf_counter()
    if not doc.readable:
        why = "no page has a text layer; it needs OCR" if doc.needs_ocr else "no text was found in it"
        return _unknown_report(doc.path, lib, prof, why, doc=doc)

    seg = segment(doc, role_of=lib.roles)
    results = judge(seg, lib)
    unread = [p.number for p in doc.pages if not p.has_text]
    elements = []
    for eid, severity in prof.elements.items():
        r = results[eid]
        if unread and r.status == "missing":
            # never "missing" in text that was never read
            pages = ", ".join(map(str, unread[:10])) + (" …" if len(unread) > 10 else "")
            r = replace(
                r, status="unknown",
                reason=f"Not found in the pages that were read, but page(s) {pages} have no text layer and were not "
                f"read (run OCR and check again). {r.reason}",
            )
        sugg = None
        # a model clause for what is missing or weak; for a barrier, the fix for what was found
        wants = ("present", "weak", "unknown") if r.adverse else ("missing", "weak", "unknown")
        if r.status in wants:
            mt = lib.elements[eid].spec.model_text
            sugg = mt.get(seg.language) or mt.get("en")
        elements.append(replace(r, severity=severity, suggestion=sugg))
    from procheck.score import diversity_score

    judged = {**results, **{el.id: el for el in elements}}  # the score does not depend on the element profile
    score = diversity_score(list(judged.values()), language=seg.language, lib=lib, profile=score_profile)
    warnings = list(doc.warnings)
    if doc.needs_ocr:
        warnings.append(
            "Some pages have no text layer and were not read; an element reported missing may be on them."
        )
    return Report(
        path=doc.path,
        sha256=doc.sha256,
        format=doc.format,
        language=seg.language,
        pages=doc.page_count,
        needs_ocr=doc.needs_ocr,
        warnings=tuple(warnings),
        elements=tuple(elements),
        profile=prof.name,
        library_version=lib.version,
        library_hash=lib.hash,
        score=score,
        meta={
            "languages": list(seg.languages),
            "parties": [{"term": p.term, "role": p.role} for p in seg.parties],
            "sentences": len(seg.sentences),
            "sections": len(seg.sections),
            "engine": doc.engine,
            "seconds": round(time.perf_counter() - t0, 4),
            "procheck_version": __version__,
        },
    )


def check_path(
    path: str | Path,
    *,
    profile: str | Profile | None = None,
    library: Library | None = None,
    password: str | None = None,
    score_profile: str | None = None,
    max_bytes: int | None = None,
) -> Report:
    """Load and judge one file. Input problems never raise: they give a Report with ``error`` set and
    every element ``unknown``. Library and profile problems raise ProcheckError."""
    from procheck.ingest import load

    lib = library or load_library()
    prof = profile if isinstance(profile, Profile) else lib.profile(profile)
    try:
        doc = load(str(path), password=password) if max_bytes is None else \
            load(str(path), password=password, max_bytes=max_bytes)
    except InputError as e:
        return _unknown_report(str(path), lib, prof, e.message, error=e)
    except ProcheckError:
        raise
    except Exception as e:  # a reader bug must not stop a batch  # noqa: BLE001
        err = InputError(f"unexpected failure while reading the file ({type(e).__name__}: {e})")
        err.code = "E199"
        return _unknown_report(str(path), lib, prof, err.message, error=err)
    return check_document(doc, library=lib, profile=prof, score_profile=score_profile)


def _unknown_report(
    path: str, lib: Library, prof: Profile, why: str, *, error: ProcheckError | None = None, doc: Document | None = None
) -> Report:
    elements = tuple(
        ElementResult(eid, "unknown", 0.0, UNKNOWN_REASON.format(why=why.rstrip(".")), (), (), sev, None,
                      adverse=lib.elements[eid].spec.adverse, anchor=lib.elements[eid].spec.anchor)
        for eid, sev in prof.elements.items()
    )
    warnings = list(doc.warnings) if doc else []
    return Report(
        path=path,
        sha256=doc.sha256 if doc else "",
        format=doc.format if doc else Path(path).suffix.lstrip(".").lower(),
        language="und",
        pages=doc.page_count if doc else None,
        needs_ocr=doc.needs_ocr if doc else False,
        warnings=tuple(warnings),
        elements=elements,
        profile=prof.name,
        library_version=lib.version,
        library_hash=lib.hash,
        error={"code": error.code, "message": str(error)} if error else None,
        meta={"procheck_version": __version__},
    )
