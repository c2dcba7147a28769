#!/usr/bin/env python3
"""An independent scorer (exact fractions, stdlib only) for the rule kinds of the criteria format,
used to check that `par-score rank --format json` gives the sums a person computes by hand.

Usage: score_check.py CRITERIA_DIR RANKING.json SUBMISSION.json...
Scores each submission with its framework from CRITERIA_DIR, compares the total, applicable
maximum, index and rank with the ranking JSON (exact, via the *Exact fields when present), and
prints one line per unit. Exits 1 on any difference.
"""
import datetime
import json
import os
import sys
from fractions import Fraction as F


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=F, parse_int=F)


def leaves(n):
    if "rule" in n:
        yield n
    for c in n.get("children", []):
        yield from leaves(c)


def as_list(v):
    return [v] if isinstance(v, str) else list(v)


def score_leaf(n, fw, sub):
    """Points, or None when the leaf leaves the maximum (nothing arose)."""
    r, mx = n["rule"], F(n["max"])
    facts = sub.get("facts", {})
    metrics = {m["id"]: m for m in fw.get("metrics", [])}

    def parts(mid):
        m = metrics[mid]
        xs = [facts.get(i) for i in as_list(m["numerator"]) + as_list(m["denominator"])]
        if any(x is None for x in xs):
            return "missing"
        return sum(F(facts[i]) for i in as_list(m["numerator"])), sum(F(facts[i]) for i in as_list(m["denominator"]))

    def undefined(when):
        return {"full": mx, "zero": F(0)}.get(when or "notApplicable")

    kind = r["kind"]
    if kind == "direct":
        return F(sub.get("direct", {}).get(n["id"], 0))
    if kind == "boolean":
        return mx if facts.get(r["fact"]) is True else F(0)
    if kind == "evidence":
        docs = [d["id"] for d in n["documents"]]
        have = sum(1 for d in docs if d in sub.get("evidence", {}).get(n["id"], {}))
        if have == len(docs):
            return mx
        inc = r.get("incomplete", "zero")
        if have == 0 or inc == "zero":
            return F(0)
        if inc == "proportional":
            return mx * have / len(docs)
        return mx * F(inc["percent"]) / 100
    if kind in ("ratio", "tiers"):
        if "metric" in r:
            p = parts(r["metric"])
            if p == "missing":
                return F(0)
            num, den = p
            if den == 0:
                return undefined(r.get("whenUndefined"))
            value = num / den * 100
        else:
            if facts.get(r["fact"]) is None:
                return F(0)
            value = F(facts[r["fact"]])
        if kind == "ratio":
            return mx * min(value / F(r.get("target", 100)), F(1))
        for t in r["tiers"]:
            lo, hi = F(t["lower"]), (F(t["upper"]) if "upper" in t else None)
            if (value >= lo if t["lowerInclusive"] else value > lo) and (
                    hi is None or (value <= hi if t["upperInclusive"] else value < hi)):
                return F(t["points"])
        raise SystemExit(f"{n['id']}: no tier for {value}")
    if kind == "count":
        done = facts.get(r["done"])
        total = facts.get(r["total"]) if "total" in r else r["required"]
        if done is None or total is None:
            return F(0)
        done, total = F(done), F(total)
        if total == 0:
            return undefined(r.get("whenUndefined"))
        if r.get("mode", "proportional") == "all":
            return mx if done >= total else F(0)
        return mx * min(done, total) / total
    if kind == "deadline":
        year = int(sub["year"])
        items = r["items"]
        late_p = F(r.get("late", {}).get("percent", 0)) if isinstance(r.get("late"), dict) else F(0)
        miss_p = F(r.get("missing", {}).get("percent", 0)) if isinstance(r.get("missing"), dict) else F(0)
        late = absent = 0
        s = F(0)
        share = mx / len(items)
        for it in items:
            v = facts.get(it["fact"])
            if v is None:
                absent += 1
                s += share * miss_p / 100
                continue
            d = it["due"]
            if "quarter" in d:
                month = (int(d["quarter"]) - 1) * 3 + int(d["monthOfQuarter"])
            else:
                month = int(d["month"])
            due = datetime.date(year + int(d.get("yearOffset", 0)), month, int(d["day"]))
            got = datetime.date.fromisoformat(v)
            if got <= due if d.get("inclusive") else got < due:
                s += share
            else:
                late += 1
                s += share * late_p / 100
        if r.get("mode", "all") == "perItem":
            return s
        if late == 0 and absent == 0:
            return mx
        return mx * (late_p if absent == 0 else miss_p) / 100
    if kind == "survey":
        # Respondents per answer: max × Σ countᵢ·percentᵢ ÷ (100 · Σ countᵢ); no count at all → the points given directly.
        counts = [facts.get(o["count"]) for o in r["options"]]
        if all(c is None for c in counts):
            return F(sub.get("direct", {}).get(n["id"], 0))
        if any(c is None for c in counts):
            return F(0)
        respondents = sum(F(c) for c in counts)
        if respondents == 0:
            return undefined(r.get("whenUndefined"))
        return mx * sum(F(c) * F(o["percent"]) for c, o in zip(counts, r["options"])) / (100 * respondents)
    if kind == "ordinal":
        answer = facts.get(r["fact"])
        for o in r["options"]:
            if o["answer"] == answer:
                return mx * F(o["percent"]) / 100
        return F(0)
    raise SystemExit(f"unknown rule kind {kind}")


def score(fw, sub):
    total = applicable = F(0)
    na = sub.get("notApplicable", {})
    for f in fw["fields"]:
        for n in leaves(f):
            if n["id"] in na:
                continue
            if n["id"] in sub.get("appraisal", {}):
                total += F(sub["appraisal"][n["id"]]["points"])
                applicable += F(n["max"])
                continue
            p = score_leaf(n, fw, sub)
            if p is not None:
                total += p
                applicable += F(n["max"])
    for section in fw.get("adjustments", []):
        raw = F(0)
        for it in section["items"]:
            k = F(sub.get("facts", {}).get(it["fact"], 0))
            if k > 0:
                raw += min(k * F(it["perOccurrence"]), F(it["cap"]))
        points = min(raw, F(section["cap"]))
        total += points if section["kind"] == "bonus" else -points
    return min(max(total, F(0)), applicable), applicable


def exact(entry, key):
    e = entry.get(key + "Exact")
    if isinstance(e, str):
        a, _, b = e.partition("/")
        return F(int(a), int(b or 1))
    return F(entry[key])


def main(argv):
    criteria, ranking_path, files = argv[0], argv[1], argv[2:]
    frameworks = {}
    for name in os.listdir(criteria):
        if name.endswith(".json"):
            fw = load(os.path.join(criteria, name))
            frameworks[fw["id"]] = fw
    ranking = load(ranking_path)
    entries = {u["file"]: u for t in ranking["tables"] for u in t["units"]}
    bad = 0
    mine = []
    for path in files:
        sub = load(path)
        fw = frameworks[sub["framework"]]
        total, applicable = score(fw, sub)
        index = total / applicable * 100
        mine.append((path, index, (sub['framework'], sub['year'], sub['unit']['kind'])))
        e = entries.get(path)
        if e is None:
            print(f"MISSING in ranking: {path}")
            bad += 1
            continue
        ok = exact(e, "total") == total and F(e["applicableMax"]) == applicable and exact(e, "index") == index
        bad += not ok
        print(f"{'ok' if ok else 'DIFFERENT'}: {path}: {float(total):.4f}/{applicable} = {float(index):.4f} % "
              f"(par-score: {e['total']}/{e['applicableMax']} = {e['index']} %, rank {e['rank']})")
    # ranks: by index rounded once to two decimals (half away from zero), descending, within one
    # table (framework and year); equal rounded indices share a rank (1, 2, 2, 4)
    def two(x):
        return (x * 100 + F(1, 2)).__floor__()
    for p, i, key in mine:
        if p in entries:
            expected = 1 + sum(1 for q, j, k in mine if k == key and two(j) > two(i))
            if entries[p]["rank"] != expected:
                print(f"RANK DIFFERENT: {p}: par-score {entries[p]['rank']}, expected {expected}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
