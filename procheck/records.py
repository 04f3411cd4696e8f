"""Plain, frozen records passed between the pipeline stages.

ingest -> Document (pages, blocks, offsets)
segment -> Section / Sentence
match -> Candidate
judge -> ElementResult
pipeline -> Report

Nothing here imports from the rest of procheck.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Block kinds produced by the readers.
BODY = "body"
HEADING = "heading"
TABLE = "table"
HEADER = "header"
FOOTER = "footer"
#: Kinds that are page furniture and never carry clause text.
FURNITURE = frozenset({HEADER, FOOTER})


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of text, as the reader found it."""

    text: str  #: the block text, single line (no "\n"), exactly ``Document.text[start:end]``
    start: int  #: character offset into ``Document.text``
    end: int  #: end offset (exclusive)
    page: int | None  #: 1-based page number, None for formats without pages
    kind: str = BODY  #: body | heading | table | header | footer
    style: str | None = None  #: reader-specific style name (DOCX paragraph style, PDF font hint)
    numbering: str | None = None  #: list label rendered by the reader ("3.2", "a)"), not part of ``text``
    level: int | None = None  #: outline / heading level when the reader knows it (1 = top)


@dataclass(frozen=True)
class Page:
    """A page of a paginated document."""

    number: int  #: 1-based
    start: int  #: offset of the page's first character in ``Document.text``
    end: int  #: end offset (exclusive)
    has_text: bool  #: False when the page has no text layer (scanned)


@dataclass(frozen=True)
class Document:
    """The text of one input file with everything needed to point back into it."""

    path: str  #: path as given by the caller
    sha256: str  #: hex digest of the file bytes
    format: str  #: pdf | docx | txt
    text: str  #: all extracted text; blocks are separated by "\n"
    blocks: tuple[Block, ...]  #: in reading order, covering ``text``
    pages: tuple[Page, ...] = ()  #: empty for formats without pages
    needs_ocr: bool = False  #: True when at least one page has no text layer
    warnings: tuple[str, ...] = ()  #: human-readable notes about the extraction
    engine: str = ""  #: which extractor produced the text ("pypdfium2", "pdfplumber", "docx-xml", "text")

    @property
    def page_count(self) -> int | None:
        return len(self.pages) if self.pages else None

    @property
    def readable(self) -> bool:
        """True when some body text was read."""
        return any(b.kind not in FURNITURE and b.text.strip() for b in self.blocks)

    def page_at(self, offset: int) -> int | None:
        """1-based page of a character offset (None for unpaginated text)."""
        if not self.pages:
            return None
        lo, hi = 0, len(self.pages) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.pages[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.pages[lo].number


@dataclass(frozen=True)
class Section:
    """A numbered clause or heading and the text under it."""

    index: int  #: position in ``Segmented.sections``
    number: str | None  #: "14", "14.2", "§ 7", "Bilaga 3" … as written
    title: str  #: heading text without the number ("" for an unheaded numbered paragraph)
    level: int  #: 1 = top level
    parent: int | None  #: index of the enclosing section
    start: int  #: offset of the heading
    end: int = -1  #: end offset of the section's text (exclusive), set by the segmenter


@dataclass(frozen=True)
class Sentence:
    """A sentence with its location, language and enclosing section."""

    index: int  #: position in ``Segmented.sentences``
    text: str  #: exactly ``Document.text[start:end]``
    start: int
    end: int
    page: int | None
    block: int  #: index into ``Document.blocks``
    section: int | None  #: innermost enclosing section (index into ``Segmented.sections``)
    lang: str  #: ISO 639-1 code of the paragraph's language
    is_heading: bool = False  #: the sentence is a heading (a heading alone never satisfies an element)


@dataclass(frozen=True)
class Party:
    """A party definition found in the document ("… (the Supplier)")."""

    term: str  #: the defined term, as written ("Supplier", "Leverantören", "ACME")
    role: str  #: supplier | authority | tenderer | other
    offset: int  #: where the definition was found


@dataclass(frozen=True)
class Segmented:
    """A document cut into sections and sentences."""

    document: Document
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    parties: tuple[Party, ...]
    language: str  #: dominant language
    languages: tuple[str, ...] = ()  #: all languages seen, most frequent first


@dataclass(frozen=True)
class Evidence:
    """A quoted span of the source that carries a finding."""

    page: int | None
    text: str
    start: int
    end: int
    section: str | None = None  #: "14.2 Subcontractors", for the reader


@dataclass(frozen=True)
class ElementResult:
    """The verdict on one clause element for one document."""

    id: str
    status: str  #: present | weak | missing | unknown
    confidence: float
    reason: str
    evidence: tuple[Evidence, ...] = ()
    grounds: tuple[str, ...] = ()
    severity: str = "major"  #: from the profile: critical | major | minor | info
    suggestion: str | None = None  #: model clause text (or, for a barrier, the fix) to propose
    figures: dict[str, object] = field(default_factory=dict)  #: numbers read from the evidence (weights, amounts, days)
    adverse: bool = False  #: a barrier: ``present`` is the problem, ``missing`` is good
    anchor: str | None = None  #: the legal anchor of the finding


@dataclass(frozen=True)
class Report:
    """Everything known about one checked document."""

    path: str
    sha256: str
    format: str
    language: str
    pages: int | None
    needs_ocr: bool
    warnings: tuple[str, ...]
    elements: tuple[ElementResult, ...]
    profile: str
    library_version: str
    library_hash: str
    error: dict[str, str] | None = None  #: {"code": "E101", "message": "…"} when the file could not be read
    meta: dict[str, object] = field(default_factory=dict)  #: extra data (parties, languages, timings)
    score: dict[str, object] | None = None  #: the diversity score and its breakdown (procheck.score)
