"""A generated document: front matter, numbered clauses, annexes; turned into layout blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Clause

HEADING_STYLES = ("dot", "para", "art", "plain", "upper")
LETTERS = {
    "a)": lambda i: f"{chr(97 + i)})",
    "(a)": lambda i: f"({chr(97 + i)})",
    "i.": lambda i: ["i.", "ii.", "iii.", "iv.", "v.", "vi.", "vii.", "viii.", "ix.", "x."][i % 10],
    "1)": lambda i: f"{i + 1})",
    "-": lambda i: "–",
}


@dataclass
class Document:
    name: str
    lang: str
    kind: str
    title: str
    front: list = field(default_factory=list)      # blocks
    parts: list = field(default_factory=list)      # [(part heading | None, [Clause])]
    annexes: list = field(default_factory=list)    # [Clause]
    closing: list = field(default_factory=list)    # blocks (signatures)
    heading_style: str = "dot"
    art_word: str = "Article"
    where_word: str = "clause"
    annex_word: str = "Annex"
    point_word: str = "point"
    subnum: bool = True
    runin: bool = False
    letters: str = "a)"
    header: tuple[str, str] | None = None
    footer: str | None = None
    meta: dict = field(default_factory=dict)

    # -- numbering ----------------------------------------------------------------------------
    def clauses(self) -> list[Clause]:
        out = [c for _, cs in self.parts for c in cs]
        return out + list(self.annexes)

    def number(self) -> dict[str, str]:
        """Assign section numbers; return refs (clause key -> how the text cites it)."""
        refs: dict[str, str] = {}
        n = 0
        for _, cs in self.parts:
            for c in cs:
                n += 1
                c.num = n  # type: ignore[attr-defined]
                c.where = self._where(n)
                refs.setdefault(c.key, c.where)
                refs.setdefault("num_" + c.key, str(n))
        for i, a in enumerate(self.annexes, start=1):
            a.num = i  # type: ignore[attr-defined]
            a.where = f"{self.annex_word} {i}"
            refs.setdefault(a.key, a.where)
            refs.setdefault("num_" + a.key, str(i))
        return refs

    def _where(self, n: int) -> str:
        hs = self.heading_style
        if hs == "para":
            return f"§ {n}"
        if hs == "art":
            return f"{self.art_word} {n}"
        return f"{self.where_word} {n}"

    def heading(self, n: int, title: str) -> str:
        hs = self.heading_style
        if hs == "para":
            return f"§ {n} {title}"
        if hs == "art":
            return f"{self.art_word} {n} – {title}"
        if hs == "plain":
            return f"{n} {title}"
        if hs == "upper":
            return f"{n}. {title.upper()}"
        return f"{n}. {title}"

    # -- blocks -------------------------------------------------------------------------------
    def blocks(self) -> list[dict]:
        out: list[dict] = list(self.front)
        out.append({"t": "cols"})
        for part, cs in self.parts:
            if part:
                out.append({"t": "part", "text": part})
            for c in cs:
                out.extend(self._clause_blocks(c, c.num, annex=False))  # type: ignore[attr-defined]
        out.extend(self.closing)
        for a in self.annexes:
            out.append({"t": "pagebreak"})
            out.append({"t": "h1", "text": f"{self.annex_word} {a.num} – {a.title}", "tag": id(a)})  # type: ignore[attr-defined]
            out.extend(self._paras(a, prefix="", annex=True))
        return out

    def _clause_blocks(self, c: Clause, n: int, annex: bool) -> list[dict]:
        out: list[dict] = []
        if self.runin:
            first = True
            for b in self._paras(c, prefix=f"{n}.", annex=annex):
                if first and b["t"] == "p":
                    b["bold"] = f"{n}. {c.title}."
                    b["text"] = b["text"].split(" ", 1)[1] if b.get("numbered") else b["text"]
                    first = False
                out.append(b)
            if first:
                out.insert(0, {"t": "h2", "text": f"{n}. {c.title}", "tag": id(c)})
            return out
        out.append({"t": "h1", "text": self.heading(n, c.title), "tag": id(c)})
        out.extend(self._paras(c, prefix=f"{n}.", annex=annex))
        return out

    def _paras(self, c: Clause, prefix: str, annex: bool) -> list[dict]:
        out: list[dict] = []
        k = 0
        li = 0
        merge_at = getattr(c, "merge_at", None)
        for i, p in enumerate(c.paras):
            tag = id(c) if i == 0 else (f"{id(c)}m" if i == merge_at else None)
            if isinstance(p, str):
                k += 1
                li = 0
                if annex:
                    num = f"{k}." if self.subnum else ""
                else:
                    num = f"{prefix}{k}" if self.subnum else ""
                out.append({"t": "p", "text": (num + " " + p) if num else p, "numbered": bool(num),
                            "tag": tag, "bold": ""})
            elif p[0] == "li":
                out.append({"t": "li", "label": LETTERS[self.letters](li), "text": p[1], "tag": tag})
                li += 1
            elif p[0] == "table":
                out.append({"t": "table", "rows": p[1], "tag": tag})
            elif p[0] == "h":
                out.append({"t": "h2", "text": p[1], "tag": tag})
            elif p[0] == "np":  # unnumbered paragraph
                out.append({"t": "p", "text": p[1], "tag": tag, "bold": ""})
        return out
