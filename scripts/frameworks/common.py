"""Helpers shared by the framework generators (scripts/frameworks/*.py).

Each generator writes one Criteria/*.json file; the JSON is the product, the generator is how it
was made (so that a change of one number is one line here). Numbers are written from their
decimal text (Decimal), never through binary floating point.
"""
import json
import os
from decimal import Decimal

# Whether the generators write each fact's `fromRecords` annotation (the figure and definition
# of `par-score kpi` that fills it) into the frameworks.
FROM_RECORDS = True

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def T(vi, en=None):
    return {"vi": vi, "en": en} if en else vi


def D(text):
    return Decimal(str(text))


def prov(status, source, quote=None):
    assert status in ("official", "adapted")
    p = {"status": status, "source": source}
    if quote:
        p["quote"] = quote
    return p


def fact(fid, vi, en, ftype="count", **extra):
    f = {"id": fid, "title": T(vi, en), "type": ftype}
    f.update(extra)
    return f


def metric(mid, vi, en, num, den):
    return {"id": mid, "title": T(vi, en), "numerator": num if isinstance(num, list) else [num],
            "denominator": den if isinstance(den, list) else [den]}


def leaf(nid, vi, en, mx, provenance, rule, **extra):
    n = {"id": nid, "title": T(vi, en), "max": D(mx), "provenance": provenance}
    n.update(extra)
    n["rule"] = rule
    return n


def node(nid, vi, en, provenance, children, component=None, mx=None):
    total = sum((c["max"] for c in children), Decimal(0))
    if mx is not None:
        assert D(mx) == total, f"{nid}: {mx} != {total}"
    n = {"id": nid, "title": T(vi, en), "max": total}
    if component:
        n["component"] = component
    n["provenance"] = provenance
    n["children"] = children
    return n


def ratio(metric_id, target=100, when=None):
    r = {"kind": "ratio", "metric": metric_id, "target": D(target)}
    if when:
        r["whenUndefined"] = when
    return r


def tiers(source, steps, when=None, fact_source=False):
    """steps: [(lower, lowerInclusive, upper|None, upperInclusive, points)]"""
    r = {"kind": "tiers", ("fact" if fact_source else "metric"): source, "tiers": []}
    for lo, li, hi, ui, pts in steps:
        t = {"lower": D(lo), "lowerInclusive": li}
        if hi is not None:
            t["upper"] = D(hi)
            t["upperInclusive"] = ui
        t["points"] = D(pts)
        r["tiers"].append(t)
    if when:
        r["whenUndefined"] = when
    return r


class _Enc(json.JSONEncoder):
    pass


def _dump(v, indent=0):
    """JSON with Decimals written from their text, two-space indentation, keys in insertion order."""
    pad, pad1 = "  " * indent, "  " * (indent + 1)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{pad1}{json.dumps(k, ensure_ascii=False)}: {_dump(x, indent + 1)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad1 + _dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, Decimal):
        s = format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
        return s
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return json.dumps(v, ensure_ascii=False)
    raise TypeError(type(v))


def write(relpath, obj):
    path = os.path.join(ROOT, relpath)
    with open(path, "w", encoding="utf-8") as f:
        f.write(_dump(obj) + "\n")
    print("wrote", relpath)


def leaves_of(n):
    if "rule" in n:
        yield n
    for c in n.get("children", []):
        yield from leaves_of(c)
