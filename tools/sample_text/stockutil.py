"""Helpers for writing the clause stock compactly."""

from __future__ import annotations

from .model import Clause


def V(title: str, *paras, g: str = "", c: dict | None = None, grounds=(), neg: str = "", note: str = "",
      r: str = "") -> dict:
    """A clause variant: title, paragraphs, generic elements, carried statuses, grounds, negations."""
    return {"title": title, "paras": list(paras), "generic": set(g.split()), "carries": dict(c or {}),
            "grounds": list(grounds), "negates": set(neg.split()), "note": note, "region": r}


def L(s: str) -> tuple:
    return ("li", s)


def T(*rows) -> tuple:
    return ("table", [list(r) for r in rows])


def H(s: str) -> tuple:
    return ("h", s)


def NP(s: str) -> tuple:
    return ("np", s)


def clause(key: str, v: dict) -> Clause:
    return Clause(key=key, title=v["title"], paras=[p if isinstance(p, str) else tuple(p) for p in v["paras"]],
                  carries=dict(v["carries"]), generic=set(v["generic"]), negates=set(v["negates"]),
                  grounds=list(v["grounds"]), note=v["note"]).normalise()


def fmt(obj, ctx: dict):
    """Format templates recursively (strings, list items, table rows)."""
    if isinstance(obj, str):
        return obj.format_map(ctx)
    if isinstance(obj, tuple):
        if obj[0] == "table":
            return ("table", [[fmt(c, ctx) for c in row] for row in obj[1]])
        return (obj[0], fmt(obj[1], ctx))
    if isinstance(obj, list):
        return [fmt(x, ctx) for x in obj]
    return obj
