"""The clause library: ``clauses/*.yaml`` loaded, strictly validated and compiled once.

Files:
- ``<family>.yaml``: one clause family (elements, patterns per language, model text, inline tests);
- ``lexicon.yaml``: per-language vocabulary shared by every family (parties, modality, negation …);
- ``grounds.yaml``: canonical protected grounds and their wordings per language;
- ``profiles/*.yaml``: which elements a profile checks and at what severity.

Unknown keys are errors that name the file and line (E201). Regexes that do not compile are E202.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from procheck.errors import LibraryPatternError, LibrarySchemaError, ProfileError, UnknownElement

LANGS = ("sv", "en", "nl", "de", "fr")
STATUSES = ("present", "weak", "missing", "unknown")
SEVERITIES = ("critical", "major", "minor", "info")
#: Registered judge kinds (versioned; see tests/test_registry.py).
CHECK_KINDS = ("obligation.v1", "grounds.v1", "linked.v1", "criterion.v1", "barrier.v1")
#: What a criterion.v1 element can extract from its evidence (see procheck/match/criterion.py).
EXTRACTORS = ("weight", "count", "percent", "level", "years")


def default_clauses_dir() -> Path:
    env = os.environ.get("PROCHECK_CLAUSES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "clauses", here / "clauses"):
        if cand.is_dir():
            return cand
    return here.parent / "clauses"


# --------------------------------------------------------------------------------------------
# Schema (pydantic, extra="forbid")
# --------------------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


PerLang = dict[str, list[str]]
#: A pattern is a regex, or a list of regexes that must all match the same sentence.
PatternList = dict[str, list[str | list[str]]]


def _check_langs(v: dict[str, Any]) -> dict[str, Any]:
    for k in v:
        if k not in LANGS:
            raise ValueError(f"unknown language code {k!r}; use one of {', '.join(LANGS)}")
    return v


class ElementSpec(_Strict):
    id: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    check: Literal["obligation.v1", "grounds.v1", "linked.v1", "criterion.v1", "barrier.v1"]
    title: str
    severity: Literal["critical", "major", "minor", "info"] = "major"
    message: str = Field(min_length=10)
    actor: Literal["supplier", "authority", "any"] = "supplier"
    requires: str | None = None  #: element whose presence makes a generic hit "weak"
    tie: Literal["required", "self"] = "required"  #: must a hit be tied to the anti-discrimination duty?
    patterns: PatternList = Field(default_factory=dict)
    exceptions: PerLang = Field(default_factory=dict)
    generic_ok: bool = True  #: may a generic (untied) hit count as weak?
    generic_patterns: PerLang = Field(default_factory=dict)  #: if set, only these untied hits are generic
    exemplars: PerLang = Field(default_factory=dict)
    model_text: dict[str, str] = Field(default_factory=dict)
    #: the finding is a problem when present (hidden barriers): ``present`` fails, ``missing`` is good
    adverse: bool = False
    anchor: str | None = None  #: legal anchor quoted in every finding ("Directive 2014/24/EU Art. 58(3)")
    detector: str | None = None  #: barrier.v1: the registered detector that computes the finding
    extract: list[Literal["weight", "count", "percent", "level", "years"]] = Field(default_factory=list)
    figure_required: bool = False  #: criterion.v1: ``present`` only when a number was extracted
    params: dict[str, float | int | str] = Field(default_factory=dict)  #: thresholds the check reads
    vocab: dict[str, PerLang] = Field(default_factory=dict)  #: named word lists per language for the check
    #: case-sensitive literals one of which every match contains, when the patterns have none the
    #: library can derive ("EN 1176", "™"): paragraphs without any are never tested
    gate_literals: list[str] = Field(default_factory=list)

    _v1 = field_validator("patterns", "exceptions", "exemplars", "model_text", "generic_patterns")(_check_langs)

    @field_validator("vocab")
    @classmethod
    def _vocab_langs(cls, v: dict[str, PerLang]) -> dict[str, PerLang]:
        for per in v.values():
            _check_langs(per)
        return v


class Wording(_Strict):
    compliant: PerLang = Field(default_factory=dict)
    non_compliant: PerLang = Field(default_factory=dict)


class InlineTest(_Strict):
    lang: str
    text: str = Field(min_length=5)
    expect: dict[str, Literal["present", "weak", "missing"]] = Field(default_factory=dict)
    todo: bool = False
    note: str | None = None


class FamilySpec(_Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    version: int
    order: int = 100  #: position of the family in reports (lower first)
    title: str
    what: str
    why: str
    limitations: str = ""
    references: list[str] = Field(default_factory=list)
    languages: list[str]
    elements: list[ElementSpec]
    wording: Wording = Field(default_factory=Wording)
    tests: list[InlineTest] = Field(default_factory=list)

    _v1 = field_validator("languages")(lambda v: [_check_lang(x) for x in v])


def _check_lang(x: str) -> str:
    if x not in LANGS:
        raise ValueError(f"unknown language code {x!r}; use one of {', '.join(LANGS)}")
    return x


class LexiconLang(_Strict):
    supplier: list[str]
    authority: list[str]
    tenderer: list[str]
    mutual: list[str]
    discrimination: list[str]
    binding: list[str]
    effort: list[str]
    soft: list[str]
    permissive: list[str]
    negation: list[str]
    self_reference: list[str]
    law_list: list[str] = Field(default_factory=list)
    by_reference: list[str] = Field(default_factory=list)
    hard_negative: list[str] = Field(default_factory=list)
    high_trigger: list[str] = Field(default_factory=list)
    condition: list[str] = Field(default_factory=list)
    recital: list[str] = Field(default_factory=list)
    definition: list[str] = Field(default_factory=list)
    performance: list[str] = Field(default_factory=list)
    conditional: list[str] = Field(default_factory=list)
    passive_receive: list[str] = Field(default_factory=list)
    request: list[str] = Field(default_factory=list)
    demand: list[str] = Field(default_factory=list)
    core_discrimination: list[str] = Field(default_factory=list)
    implicit_rights: list[str] = Field(default_factory=list)
    own_staff: list[str] = Field(default_factory=list)
    on_grounds: list[str] = Field(default_factory=list)
    award: list[str] = Field(default_factory=list)  #: award-criterion wording (points, weight, evaluated)
    encourage: list[str] = Field(default_factory=list)  #: tender wording that only invites (welcome, voluntary)
    contract_value: list[str] = Field(default_factory=list)  #: "estimated value", "uppskattat värde", "geraamde waarde"
    justification: list[str] = Field(default_factory=list)  #: a stated reason ("because", "eftersom", "omdat")
    cross_reference: list[str] = Field(default_factory=list)
    preposition: list[str] = Field(default_factory=list)


class LexiconSpec(_Strict):
    version: int
    languages: dict[str, LexiconLang]

    _v1 = field_validator("languages")(_check_langs)


class GroundSpec(_Strict):
    id: str
    terms: PerLang

    _v1 = field_validator("terms")(_check_langs)


class JurisdictionSpec(_Strict):
    title: str  #: the statute the list comes from
    grounds: list[str]  #: canonical ground ids
    languages: list[str] = []  #: document languages this list is the default for
    profiles: list[str] = []  #: profiles this list is the default for (e.g. ghent -> be)


class GroundsFile(_Strict):
    version: int
    grounds: list[GroundSpec]
    jurisdictions: dict[str, JurisdictionSpec] = {}


class ProfileSpec(_Strict):
    name: str
    title: str
    description: str = ""
    extends: str | None = None
    elements: dict[str, Literal["critical", "major", "minor", "info"]] = Field(default_factory=dict)
    fail_on: Literal["weak", "missing", "never"] = "missing"


# --------------------------------------------------------------------------------------------
# YAML loading with line numbers
# --------------------------------------------------------------------------------------------


# libyaml's parser when it is there (several times faster at start-up); line numbers stay exact
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = _LineDict()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    mapping.line = node.start_mark.line + 1
    return mapping


class _LineDict(dict):  # type: ignore[type-arg]
    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Any, int] = {}
        self.line = 0


class _LineList(list):  # type: ignore[type-arg]
    line = 0
    lines: list[int] = []


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> list[Any]:
    seq = _LineList(loader.construct_object(n, deep=True) for n in node.value)
    seq.line = node.start_mark.line + 1
    seq.lines = [n.start_mark.line + 1 for n in node.value]
    return seq


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)  # type: ignore[arg-type]
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)  # type: ignore[arg-type]


def _line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    node = data
    line = getattr(data, "line", None)
    for part in loc:
        if isinstance(node, _LineDict) and part in node:
            line = node.lines.get(part, line)
            node = node[part]
        elif isinstance(node, _LineList) and isinstance(part, int) and part < len(node):
            line = node.lines[part]
            node = node[part]
        else:
            break
    return line


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise LibrarySchemaError(f"cannot read clause file: {e.strerror}", path=str(path)) from e
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise LibrarySchemaError(
            f"not valid YAML ({getattr(e, 'problem', e)}); check indentation and quoting", path=str(path), line=line
        ) from e


def _validate(model: type[BaseModel], data: Any, path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(err["loc"])
        line = _line_of(data, loc)
        where = ".".join(str(p) for p in loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            fix = f"unknown key {loc[-1]!r}; remove it or check its spelling (allowed keys: README, 'Writing a clause family')"
        elif err["type"] == "missing":
            fix = f"required key {where!r} is missing; add it"
        else:
            fix = f"{where}: {err['msg']}"
        excerpt = ""
        if line:
            try:
                src = path.read_text(encoding="utf-8").splitlines()[line - 1]
                excerpt = f"\n    {line} | {src}\n      > {fix}"
            except (OSError, IndexError):
                pass
        raise LibrarySchemaError(fix + excerpt, path=str(path), line=line) from None


# --------------------------------------------------------------------------------------------
# Compiled library
# --------------------------------------------------------------------------------------------

_FLAGS = re.IGNORECASE | re.UNICODE


try:  # the regex parser of the standard library (public as sre_parse before 3.11)
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]


def _best_literals(sp: Any) -> frozenset[str] | None:
    """A set of lowercase literal strings one of which every match of ``sp`` must contain (the most
    selective such set found in the pattern), or None."""
    candidates: list[frozenset[str]] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if len(run.strip()) >= 3:
            candidates.append(frozenset({run}))
        run = ""

    for op, av in sp:
        if op is _sre_c.LITERAL:
            run += chr(av).lower()
            continue
        flush()
        if op is _sre_c.SUBPATTERN:
            sub = _best_literals(av[-1])
            if sub:
                candidates.append(sub)
        elif op is _sre_c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                b = _best_literals(branch)
                if not b:
                    union = set()
                    break
                union |= b
            if union:
                candidates.append(frozenset(union))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
            sub = _best_literals(av[2])
            if sub:
                candidates.append(sub)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c)))


def literal_gate(groups: list[list[str]]) -> re.Pattern[str] | None:
    """A cheap gate over lowercased text: literals one of which any match of any group must contain.
    Each group is an all-of list of regexes; the most selective part of each group is used. None
    when some group has no required literal (then there is no gate)."""
    lits: set[str] = set()
    for group in groups:
        best: frozenset[str] | None = None
        for part in group:
            found = _best_literals(_sre_p.parse(part, _FLAGS))
            if found and (best is None or min(map(len, found)) > min(map(len, best))):
                best = found
        if not best:
            return None
        lits |= best
    # "[^\n]*" runs to the end of the paragraph, so a document scan yields one match per paragraph
    return re.compile("(?:" + "|".join(sorted(map(re.escape, lits), key=len, reverse=True)) + ")[^\n]*")


def compile_terms(terms: list[str], *, where: str) -> re.Pattern[str] | None:
    """Compile a list of regex fragments into one alternation. Each fragment is a regex; word
    boundaries are the author's choice (write ``\\b`` where needed)."""
    if not terms:
        return None
    for t in terms:
        try:
            re.compile(t, _FLAGS)
        except re.error as e:
            raise LibraryPatternError(f"pattern {t!r} does not compile ({e}); escape special characters", path=where) from e
    return re.compile("|".join(f"(?:{t})" for t in terms), _FLAGS)


@dataclass(frozen=True)
class CompiledElement:
    spec: ElementSpec
    family: str
    patterns: dict[str, list[tuple[re.Pattern[str], ...]]]  #: lang -> alternatives, each all-of
    exceptions: dict[str, re.Pattern[str]]
    generic: dict[str, re.Pattern[str]]
    prefilter: dict[str, re.Pattern[str]]  #: lang -> alternation of every group's first part
    gate: dict[str, re.Pattern[str] | None]  #: lang -> literals (lowercase) one of which every match contains
    vocab: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict)  #: name -> lang -> regex

    def words(self, name: str, lang: str) -> re.Pattern[str] | None:
        """The element's named word list in ``lang`` (English when the language has none)."""
        per = self.vocab.get(name) or {}
        return per.get(lang) or per.get("en")

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class CompiledLexicon:
    lang: str
    raw: LexiconLang
    rx: dict[str, re.Pattern[str] | None]

    def get(self, key: str) -> re.Pattern[str] | None:
        return self.rx.get(key)


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    elements: dict[str, str]  #: element id -> severity
    fail_on: str = "missing"
    description: str = ""


@dataclass
class Library:
    root: Path
    version: str
    hash: str
    families: dict[str, FamilySpec]
    elements: dict[str, CompiledElement]
    lexicon: dict[str, CompiledLexicon]
    grounds: dict[str, dict[str, re.Pattern[str]]]  #: ground id -> lang -> regex
    ground_order: list[str]
    profiles: dict[str, ProfileSpec] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  #: family id -> file
    jurisdictions: dict[str, JurisdictionSpec] = field(default_factory=dict)  #: statutory ground lists

    def jurisdiction_for(self, profile: str, language: str) -> tuple[str, JurisdictionSpec] | None:
        """The statutory ground list a document is compared with: the one named for its profile,
        else the one for its language."""
        for key in ("profiles", "languages"):
            wanted = profile if key == "profiles" else language
            for name, spec in self.jurisdictions.items():
                if wanted in getattr(spec, key):
                    return name, spec
        return None

    @cached_property
    def roles(self) -> dict[str, re.Pattern[str] | None]:
        """Party words of every language, by role: for finding a document's own party definitions
        (compiled once per library, not per document)."""
        out: dict[str, re.Pattern[str] | None] = {}
        for role in ("supplier", "authority", "tenderer"):
            frags = [f for lex in self.lexicon.values() for f in getattr(lex.raw, role)]
            out[role] = re.compile("|".join(f"(?:{f})" for f in frags), re.IGNORECASE) if frags else None
        return out

    def lex(self, lang: str) -> CompiledLexicon:
        return self.lexicon.get(lang) or self.lexicon["en"]

    def profile(self, name_or_path: str | None) -> Profile:
        return load_profile(self, name_or_path)

    def element_ids(self) -> list[str]:
        return list(self.elements)


def _order_of(data: Any) -> int:
    order = data.get("order", 100) if isinstance(data, dict) else 100
    return order if isinstance(order, int) else 100


def _hash_dir(root: Path, files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in sorted(files):
        h.update(str(f.relative_to(root)).encode())
        h.update(b"\0")
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def load_library(root: str | Path | None = None) -> Library:
    """Load, validate and compile every file of the clause library."""
    root = Path(root) if root else default_clauses_dir()
    return _load_library_cached(str(root.resolve()))


@lru_cache(maxsize=4)
def _load_library_cached(root_s: str) -> Library:
    root = Path(root_s)
    if not root.is_dir():
        raise LibrarySchemaError(
            "clause library folder not found; set PROCHECK_CLAUSES or reinstall procheck", path=str(root)
        )
    family_files = sorted(p for p in root.glob("*.yaml") if p.name not in ("lexicon.yaml", "grounds.yaml"))
    family_data = sorted(((f, _read_yaml(f)) for f in family_files), key=lambda fd: (_order_of(fd[1]), fd[0].name))
    profile_files = sorted((root / "profiles").glob("*.yaml")) if (root / "profiles").is_dir() else []
    scoring_files = sorted((root / "scoring").glob("*.yaml")) if (root / "scoring").is_dir() else []
    all_files = family_files + profile_files + scoring_files + [root / "lexicon.yaml", root / "grounds.yaml"]
    for f in all_files:
        if not f.exists():
            raise LibrarySchemaError("required library file is missing", path=str(f))

    lex_spec: LexiconSpec = _validate(LexiconSpec, _read_yaml(root / "lexicon.yaml"), root / "lexicon.yaml")
    lexicon: dict[str, CompiledLexicon] = {}
    for lang, ll in lex_spec.languages.items():
        rx = {
            k: compile_terms(v, where=f"{root / 'lexicon.yaml'} [{lang}.{k}]")
            for k, v in ll.model_dump().items()
        }
        lexicon[lang] = CompiledLexicon(lang, ll, rx)

    gfile: GroundsFile = _validate(GroundsFile, _read_yaml(root / "grounds.yaml"), root / "grounds.yaml")
    grounds: dict[str, dict[str, re.Pattern[str]]] = {}
    for g in gfile.grounds:
        grounds[g.id] = {}
        for lang, terms in g.terms.items():
            pat = compile_terms(terms, where=f"{root / 'grounds.yaml'} [{g.id}.{lang}]")
            if pat is not None:
                grounds[g.id][lang] = pat

    families: dict[str, FamilySpec] = {}
    elements: dict[str, CompiledElement] = {}
    files: dict[str, Path] = {}
    for f, data in family_data:
        fam: FamilySpec = _validate(FamilySpec, data, f)
        if fam.id in families:
            raise LibrarySchemaError(f"family id {fam.id!r} is also defined in {files[fam.id]}", path=str(f))
        families[fam.id] = fam
        files[fam.id] = f
        for el in fam.elements:
            if el.id in elements:
                raise LibrarySchemaError(f"element id {el.id!r} is defined twice", path=str(f))
            pats: dict[str, list[tuple[re.Pattern[str], ...]]] = {}
            for lang, items in el.patterns.items():
                alts: list[tuple[re.Pattern[str], ...]] = []
                for item in items:
                    parts = [item] if isinstance(item, str) else list(item)
                    compiled = [compile_terms([x], where=f"{f} [{el.id}.patterns.{lang}]") for x in parts]
                    alts.append(tuple(c for c in compiled if c is not None))
                pats[lang] = alts
            excs = {}
            for lang, terms in el.exceptions.items():
                p = compile_terms(terms, where=f"{f} [{el.id}.exceptions.{lang}]")
                if p is not None:
                    excs[lang] = p
            gens = {}
            for lang, terms in el.generic_patterns.items():
                p = compile_terms(terms, where=f"{f} [{el.id}.generic_patterns.{lang}]")
                if p is not None:
                    gens[lang] = p
            pre = {
                lang: re.compile("|".join(f"(?:{g[0].pattern})" for g in alts if g), _FLAGS)
                for lang, alts in pats.items()
                if alts
            }
            gate = {
                lang: literal_gate([[item] if isinstance(item, str) else list(item) for item in items])
                for lang, items in el.patterns.items()
            }
            vocab: dict[str, dict[str, re.Pattern[str]]] = {}
            for name, per in el.vocab.items():
                vocab[name] = {}
                for lang, terms in per.items():
                    p = compile_terms(terms, where=f"{f} [{el.id}.vocab.{name}.{lang}]")
                    if p is not None:
                        vocab[name][lang] = p
            elements[el.id] = CompiledElement(el, fam.id, pats, excs, gens, pre, gate, vocab)
    for cel in elements.values():
        if cel.spec.requires and cel.spec.requires not in elements:
            raise UnknownElement(
                f"element {cel.id!r} requires unknown element {cel.spec.requires!r}", path=str(files[cel.family])
            )

    profiles: dict[str, ProfileSpec] = {}
    for pf in profile_files:
        prof: ProfileSpec = _validate(ProfileSpec, _read_yaml(pf), pf)
        profiles[prof.name] = prof

    version = str(sum(f.version for f in families.values()) + lex_spec.version + gfile.version)
    lib = Library(
        root=root,
        version=f"{len(families)}.{version}",
        hash=_hash_dir(root, all_files),
        families=families,
        elements=elements,
        lexicon=lexicon,
        grounds=grounds,
        ground_order=[g.id for g in gfile.grounds],
        profiles=profiles,
        files=files,
        jurisdictions=dict(gfile.jurisdictions),
    )
    known = set(lib.ground_order)
    for name, spec in gfile.jurisdictions.items():
        unknown = [g for g in spec.grounds if g not in known]
        if unknown:
            raise LibrarySchemaError(
                f"jurisdiction {name!r} lists unknown grounds {unknown}; use the ids under 'grounds:'",
                path=str(root / "grounds.yaml"))
    for prof in profiles.values():
        _check_profile(lib, prof, root / "profiles" / f"{prof.name}.yaml")
    return lib


def _check_profile(lib: Library, prof: ProfileSpec, path: Path) -> None:
    for eid in prof.elements:
        if eid not in lib.elements:
            raise ProfileError(
                f"profile {prof.name!r} names unknown element {eid!r}; run 'procheck clauses list' for valid ids",
                path=str(path),
            )


def load_profile(lib: Library, name_or_path: str | None) -> Profile:
    """A built-in profile by name (``full`` by default) or a user's own YAML file."""
    name = name_or_path or "full"
    if name in lib.profiles:
        spec = lib.profiles[name]
    else:
        p = Path(name)
        if not p.is_file():
            raise ProfileError(
                f"unknown profile {name!r}; use one of {', '.join(sorted(lib.profiles))} or a path to a YAML profile"
            )
        spec = _validate(ProfileSpec, _read_yaml(p), p)
        _check_profile(lib, spec, p)
    elements: dict[str, str] = {}
    if spec.extends:
        elements.update(load_profile(lib, spec.extends).elements)
    if not spec.elements and not spec.extends:
        elements = {eid: el.spec.severity for eid, el in lib.elements.items()}
    elements.update(spec.elements)
    # keep library order
    ordered = {eid: elements[eid] for eid in lib.elements if eid in elements}
    return Profile(spec.name, spec.title, ordered, spec.fail_on, spec.description)


def explain(lib: Library, ident: str) -> str:
    """Ruff-style documentation of a family or an element, as plain text."""
    fam = lib.families.get(ident)
    el = lib.elements.get(ident)
    if el is not None:
        fam = lib.families[el.family]
    if fam is None:
        raise UnknownElement(f"no family or element {ident!r}; run 'procheck clauses list' to see the ids")
    out: list[str] = []
    out.append(f"{fam.id}: {fam.title} (version {fam.version})")
    out.append("")
    out.append("## What it checks")
    out.append(fam.what.strip())
    out.append("")
    out.append("## Why it matters")
    out.append(fam.why.strip())
    out.append("")
    shown = [el.spec] if el is not None else fam.elements
    out.append("## Elements")
    for e in shown:
        out.append(f"- {e.id} [{e.severity}] {e.title}: {e.message}")
    out.append("")
    for title, block in (("Compliant wording", fam.wording.compliant), ("Non-compliant wording", fam.wording.non_compliant)):
        if block:
            out.append(f"## {title}")
            for lang, texts in block.items():
                for t in texts:
                    out.append(f"- ({lang}) {t.strip()}")
            out.append("")
    for e in shown:
        if e.model_text:
            out.append(f"## Proposed clause text for {e.id}")
            for lang, t in e.model_text.items():
                out.append(f"- ({lang}) {t.strip()}")
            out.append("")
    if fam.limitations:
        out.append("## Known limitations")
        out.append(fam.limitations.strip())
        out.append("")
    if fam.references:
        out.append("## References")
        out.extend(f"- {r}" for r in fam.references)
    return "\n".join(out).rstrip() + "\n"
