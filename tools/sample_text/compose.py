"""Compose a Document from a language stock and a document spec, render it, compute its labels."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

from . import en, nl, sv
from .document import Document
from .model import ELEMENTS, compute_labels
from .render import render
from .stockutil import clause, fmt

STOCKS = {"en": en, "sv": sv, "nl": nl}

CONTRACT_ORDER = [
    ["background"], ["definitions"], ["documents"], ["scope"], ["term"], ["performance", "staff"], ["quality?"],
    ["prices", "invoicing"], ["delay?"], ["warranty"], ["liability", "insurance?"],
    ["data_protection", "confidentiality", "ip"], ["environment?"], ["laws"], ["subcontracting"], ["audit?"],
    ["reporting?"], ["changes?", "assignment", "force_majeure"], ["suspension?"], ["termination"], ["consequences?"],
    ["notices?"], ["disputes"], ["entire?"],
]
TENDER_ORDER = ["t_intro", "t_procedure", "t_timetable", "t_questions", "t_submission", "t_exclusion", "t_selection",
                "t_award", "t_contract_award"]
TENDER_CONTRACT_KEYS = ["definitions", "scope", "term", "performance", "prices", "invoicing", "delay?", "liability", "insurance?",
                        "data_protection", "confidentiality", "laws", "subcontracting", "audit?", "reporting?",
                        "force_majeure", "termination", "disputes"]


@dataclass
class Spec:
    name: str
    lang: str
    kind: str            # contract | tender
    fmt: str             # pdf | docx | txt | md
    subject: str
    ad: list = field(default_factory=list)      # [(variant, placement)]
    hard: list = field(default_factory=list)    # [(hard-negative name, placement)]
    what: str = ""       # README description
    pages: int = 6       # target pages
    opts: dict = field(default_factory=dict)    # renderer and layout options
    force: dict = field(default_factory=dict)   # ordinary key -> variant index
    drop: tuple = ()                            # ordinary keys to leave out
    include: tuple = ()                         # optional keys to force in
    annexes: tuple = ("spec", "prices")


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def make_ctx(stock, spec: Spec, rng: random.Random) -> dict:
    a = dict(rng.choice(stock.AUTHORITIES)) if "auth" not in spec.opts else dict(stock.AUTHORITIES[spec.opts["auth"]])
    S = spec.opts.get("S") or rng.choice(stock.SUPPLIERS)
    B = spec.opts.get("B") or a["B"]
    comp = stock.COMPANIES[list(stock.SUBJECTS).index(spec.subject) % len(stock.COMPANIES)]
    if rng.random() < 0.25:
        comp = rng.choice(stock.COMPANIES)
    subj = stock.SUBJECTS[spec.subject]
    year = rng.choice([2023, 2024, 2025])
    months = stock.MONTHS if hasattr(stock, "MONTHS") else ["January", "February", "March", "April", "May", "June", "July",
                                                          "August", "September", "October", "November", "December"]

    def date(m: int, d: int, y: int = year) -> str:
        return stock.date_fmt(d, months[m - 1], y) if hasattr(stock, "date_fmt") else f"{d} {months[m - 1]} {y}"

    ctx = {
        "S": S, "Sc": S[0].upper() + S[1:], "B": B, "Bc": B[0].upper() + B[1:],
        "St": S, "Bt": B,
        "auth": a["auth"], "auth_addr": a["addr"], "city": a["city"], "auth_id": a.get("id", ""),
        "sup": comp[0], "sup_id": comp[1], "sup_addr": comp[2],
        "subj": subj["subj"], "subj_title": subj["title"], "obj": subj["obj"], "tasks": subj["tasks"],
        "items": subj["items"],
        "start": date(rng.choice([1, 4, 7, 9]), 1, year + 1), "end": date(12, 31, year + 1 + rng.choice([2, 3, 4]) - 1),
        "years": rng.choice(stock.YEARS) if hasattr(stock, "YEARS") else rng.choice(["two", "three", "four"]),
        "ext": rng.choice(stock.EXT) if hasattr(stock, "EXT") else rng.choice(["one", "two"]),
        "value": f"{rng.randint(4, 90) * 100_000:,}".replace(",", stock.THOUSANDS if hasattr(stock, "THOUSANDS") else ","),
        "cur": stock.CUR, "pay_days": rng.choice([30, 30, 30, 20]),
        "ref_no": rng.choice(stock.REFS).format(n=rng.randint(100, 999), y=year) if hasattr(stock, "REFS")
        else f"{rng.choice(['PRO', 'CON', 'ITT'])}/{year}/{rng.randint(100, 999)}",
        "law": stock.LAW, "court": stock.COURT, "index": stock.INDEX,
        "ins": rng.choice(["2,000,000", "5,000,000", "10,000,000"]) if spec.lang == "en" else
        rng.choice(["5 000 000", "10 000 000"]),
        "cap": rng.choice(["1,000,000", "2,500,000", "500,000"]) if spec.lang == "en" else rng.choice(["1 000 000", "2 500 000"]),
        "turnover": rng.choice(["500,000", "1,000,000", "2,000,000"]) if spec.lang == "en" else rng.choice(["3 000 000", "5 000 000"]),
        "date": date(rng.randint(1, 12), rng.randint(1, 28)), "tender_date": date(rng.randint(1, 6), rng.randint(1, 28)),
        "d1": date(2, rng.randint(1, 9)), "d2": date(3, rng.randint(1, 9)), "d3": date(3, rng.randint(20, 28)),
        "d4": date(5, rng.randint(2, 20)),
        "contact_b": rng.choice(stock.NAMES), "contact_s": rng.choice(stock.NAMES) if hasattr(stock, "NAMES") else "",
        "year": year, "_S_forced": bool(spec.opts.get("S")),
    }
    if hasattr(stock, "extra_ctx"):
        stock.extra_ctx(ctx, rng, a)
    ctx.update(spec.opts.get("ctx", {}))
    return ctx


def _pick_keys(order: list, rng: random.Random, spec: Spec) -> list[str]:
    keys: list[str] = []
    for group in order:
        g = list(group) if isinstance(group, list) else [group]
        if len(g) > 1 and rng.random() < 0.5:
            rng.shuffle(g)
        for k in g:
            opt = k.endswith("?")
            k = k.rstrip("?")
            if k in spec.drop:
                continue
            if opt and k not in spec.include and rng.random() < 0.45:
                continue
            keys.append(k)
    return keys


def _ordinary(stock, key: str, rng: random.Random, spec: Spec, avoid: set[str], region: str = ""):
    variants = stock.ORD.get(key) or stock.TENDER.get(key)
    if variants is None:
        return None
    if region:
        variants = [v for v in variants if v.get("region", "") in ("", region)] or variants
    if key in spec.force:
        v = variants[spec.force[key]]
    else:
        from .model import el

        ok = [v for v in variants if not ({el(e) for e in v["generic"]} & avoid)]
        if not ok:
            return None
        v = rng.choice(ok)
    return clause(key, v)


def build_document(spec: Spec, n_req: int = 16, rng_seed: int | None = None) -> tuple[Document, dict]:
    stock = STOCKS[spec.lang]
    rng = random.Random(seed_of(spec.name) if rng_seed is None else rng_seed)
    ctx = make_ctx(stock, spec, rng)
    words = stock.WORDS
    # elements negated by any clause: generic clauses must not carry them
    from .model import el

    avoid: set[str] = set()
    for name, _ in spec.ad:
        avoid |= {el(x) for x in stock.AD[name]["negates"]}

    # -- ordinary clauses
    body: list = []
    for k in _pick_keys(CONTRACT_ORDER if spec.kind == "contract" else TENDER_CONTRACT_KEYS, rng, spec):
        c = _ordinary(stock, k, rng, spec, avoid, ctx.get("region", ""))
        if c is not None:
            body.append(c)
    itt: list = []
    if spec.kind == "tender":
        for k in TENDER_ORDER:
            if k in spec.drop:
                continue
            c = _ordinary(stock, k, rng, spec, set(), ctx.get("region", ""))
            if c:
                itt.append(c)

    # -- annexes
    annexes: list = []
    for a in spec.annexes:
        title = stock.ANNEX_TITLES[a]
        if a == "spec":
            paras = stock.spec_annex(ctx, rng, n_req)
        elif a == "prices":
            paras = stock.price_annex(ctx, rng)
        elif a == "sla":
            paras = stock.sla_annex(ctx, rng)
        else:
            paras = stock.dpa_annex(ctx, rng)
        from .model import Clause

        annexes.append(Clause(key="annex_" + a, title=title, paras=paras, annex=True))

    # -- anti-discrimination clauses and hard negatives
    def place(c, placement: str, pool: list) -> None:
        kind, _, target = placement.partition(":")
        if kind == "annex":
            c.annex = True
            c.key = "ad_annex"
            annexes.append(c)
            return
        if kind == "special":
            pool_b = body
            pool_b.insert(0, c)
            return
        if kind == "itt":
            idx = next((i for i, x in enumerate(itt) if x.key == target), len(itt) - 1)
            itt.insert(idx + 1, c)
            return
        idx = next((i for i, x in enumerate(pool) if x.key == target), None)
        if kind == "replace" and idx is not None:
            c.key = target
            pool[idx] = c
            return
        if kind == "append" and idx is not None:
            c.merge_at = len(pool[idx].paras)  # type: ignore[attr-defined]
            pool[idx].merge(c)
            return
        if kind == "before" and idx is not None:
            pool.insert(idx, c)
            return
        if idx is None:
            idx = next((i for i, x in enumerate(pool) if x.key in ("termination", "laws")), len(pool) - 1)
        pool.insert(idx + 1, c)

    for name, placement in spec.ad:
        c = clause("ad" if placement != "annex" else "ad_annex", stock.AD[name])
        if placement.startswith("append"):
            tgt = placement.split(":")[1]
            tc = next((x for x in body if x.key == tgt), None)
            if tc is None and not c.title:  # untitled fragment: fall back to the termination clause
                tc = next((x for x in body if x.key == "termination"), None)
            if tc is not None:
                tc.merge_at = len(tc.paras)  # type: ignore[attr-defined]
                tc.merge(c)
                continue
        place(c, placement, body)
    for name, placement in spec.hard:
        c = clause("hard_" + name, stock.HARD[name])
        place(c, placement, body)

    # -- document
    style = spec.opts.get("heading", rng.choice(["dot", "para", "plain", "upper", "art"] if spec.lang != "en"
                                                     else ["dot", "plain", "upper", "dot"]))
    aw = spec.opts.get("annex_word") or (words["annex"][0] if isinstance(words["annex"], list) else words["annex"])
    doc = Document(name=spec.name, lang=spec.lang, kind=spec.kind, title="", heading_style=style,
                   art_word=words["art"], where_word=words["where"], annex_word=aw, point_word=words["point"],
                   subnum=spec.opts.get("subnum", rng.random() < 0.7), runin=spec.opts.get("runin", False),
                   letters=spec.opts.get("letters", rng.choice(["a)", "(a)", "i.", "-", "1)"])))
    if spec.kind == "tender":
        doc.parts = [(words["part_itt"], itt), (words["part_contract"], body)]
    else:
        doc.parts = [(None, body)]
    doc.annexes = annexes
    refs = doc.number()
    annex_list = stock.annex_list(doc) if hasattr(stock, "annex_list") else ", ".join(
        f"{a.where} ({a.title})" for a in annexes)
    full = dict(ctx)
    full.update(refs)
    full["annex_list"] = annex_list
    full["annex_ad"] = refs.get("ad_annex", refs.get("annex_spec", ""))
    full["num_ad"] = refs.get("num_ad", "")
    for c in doc.clauses():
        c.title = fmt(c.title, full)
        c.paras = fmt(c.paras, full)
    doc.front = stock.front(full, spec.kind, rng)
    doc.title = doc.front[0]["text"]
    if spec.kind == "contract" or spec.opts.get("signatures"):
        doc.closing = stock.signatures(full)
    if spec.opts.get("header_footer"):
        doc.header = (f"{doc.title[:70]}", full["ref_no"])
        doc.footer = spec.opts.get("footer") or words["footer"][0]
    doc.meta = {"author": full["auth"], "subject": full["subj_title"]}
    return doc, full


def estimate_pages(doc: Document) -> int:
    words = 0
    for b in doc.blocks():
        words += len(str(b.get("text", "")).split())
        for r in b.get("rows", []) or []:
            words += sum(len(c.split()) for c in r) + 4
    return max(1, round(words / 480 + 0.4))


def build_and_render(spec: Spec, out_path: str) -> dict:
    """Build the document (filling the specification annex to the target page count), render, label."""
    from .render import layout_pdf
    from .render_pdf import Style

    n_req = 8
    doc, full = build_document(spec, n_req)
    for _ in range(6):
        if spec.fmt == "pdf":
            st = Style(body=spec.opts.get("font", "Helvetica"), size=spec.opts.get("size", 10.0),
                       leading=spec.opts.get("leading", 13.2), cols=spec.opts.get("cols", 1),
                       hyphenate=spec.opts.get("hyphenate", False), header=doc.header, footer=doc.footer,
                       margin=spec.opts.get("margin", 62.0))
            pages = len(layout_pdf(doc, st).pages)
            per_page = 26 if spec.opts.get("cols", 1) == 1 else 30
        else:
            pages = estimate_pages(doc)
            per_page = 18
        if pages >= spec.pages or "spec" not in spec.annexes:
            break
        n_req += (spec.pages - pages) * per_page
        doc, full = build_document(spec, n_req)
    n = render(doc, out_path, spec.fmt, spec.opts)
    labels, grounds, notes = compute_labels(doc.clauses())
    assert set(labels) == set(ELEMENTS)
    return {"lang": spec.lang, "kind": spec.kind, "labels": labels, "grounds": grounds, "scanned": False,
            "notes": notes, "_pages": n, "_doc": doc}
