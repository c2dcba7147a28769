#!/usr/bin/env python3
"""Check a ParIndex framework file (Criteria/*.json) and, optionally, submissions against it.

Usage:
  scripts/check-criteria-sums.py FRAMEWORK.json [--seeds DIR]... [--strict] [SUBMISSION.json ...]

Framework checks: every parent max equals the exact sum of its children; every component max
equals the sum of its leaves; unique ids; provenance on every node, adjustment section and item,
with a quote on every leaf; every referenced fact / metric declared with the right type; tiers
covering 0..100 (metric) or 0.. (count/amount fact) with no gap or overlap; bands covering 0..100.
With --seeds DIR, every leaf quote must occur (NFC, whitespace-normalised) in one of DIR/*.txt
(or DIR/*.md); --seeds may be given more than once (for example the seeds and the reference).

Submission checks: known keys, fact / leaf / document ids; fact types; dates within
1 Jan (year-1) .. 31 Dec (year+1); numerator <= denominator for every metric (and done <= total
for count rules); points within 0..max; direct points only on direct leaves. Missing facts and
direct points are warnings (errors with --strict); missing supporting documents are notes.

Numbers are read as decimal.Decimal (json.load(parse_float=Decimal)); stdlib only.
Exits 1 with a message per problem when anything fails.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
NODE_ID_RE = re.compile(r"^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$")
RULE_KINDS = {"evidence", "boolean", "tiers", "ratio", "deadline", "count", "ordinal", "direct", "survey"}
FACT_TYPES = {"count", "amount", "date", "boolean", "answer"}
UNDEFINED = {"notApplicable", "full", "zero"}
MAX_COUNT = 1_000_000_000

errors, warnings, notes = [], [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def reject_constant(name):
    raise ValueError(f"non-finite number {name} is not allowed")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal, parse_constant=reject_constant)


def is_num(v):
    return isinstance(v, (int, Decimal)) and not isinstance(v, bool)


def dec(v):
    return Decimal(v) if isinstance(v, int) else v


def decimals_ok(v, places=2):
    return dec(v) == dec(v).quantize(Decimal(1).scaleb(-places)) if is_num(v) else False


def norm_text(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def text_ok(where, t, name="title"):
    if isinstance(t, str):
        ok = bool(t.strip())
        vi = t
    elif isinstance(t, dict) and isinstance(t.get("vi"), str) and t["vi"].strip():
        ok = set(t) <= {"vi", "en"} and all(isinstance(x, str) for x in t.values())
        vi = t["vi"]
    else:
        ok, vi = False, ""
    if not ok:
        err(where, f"{name} must be a non-empty string or {{\"vi\", \"en\"}}")
    elif any(unicodedata.normalize("NFC", s) != s for s in ([t] if isinstance(t, str) else t.values())):
        err(where, f"{name} is not NFC-normalised")
    return vi


def check_provenance(where, p, need_quote=False):
    if not isinstance(p, dict):
        err(where, "missing provenance")
        return
    if p.get("status") not in ("official", "adapted"):
        err(where, f"provenance.status must be official or adapted, got {p.get('status')!r}")
    if not isinstance(p.get("source"), str) or not p["source"].strip():
        err(where, "provenance.source missing")
    if need_quote and (not isinstance(p.get("quote"), str) or not p["quote"].strip()):
        err(where, "leaf provenance has no quote")
    extra = set(p) - {"status", "source", "quote"}
    if extra:
        err(where, f"unknown provenance keys {sorted(extra)}")


# ---------------------------------------------------------------- framework
def check_tiers(where, tiers, domain_upper, leaf_max):
    """domain_upper: Decimal(100) for metrics, None for open count/amount domains."""
    if not isinstance(tiers, list) or not tiers:
        err(where, "tiers must be a non-empty list")
        return
    ivs = []
    for i, t in enumerate(tiers):
        w = f"{where}.tiers[{i}]"
        if not is_num(t.get("lower")) or not is_num(t.get("points")):
            err(w, "lower and points must be numbers")
            return
        if "lowerInclusive" not in t or ("upper" in t and "upperInclusive" not in t):
            err(w, "lowerInclusive / upperInclusive must be explicit")
        lo, li = dec(t["lower"]), t.get("lowerInclusive", True)
        hi = dec(t["upper"]) if "upper" in t else None
        ui = t.get("upperInclusive", False)
        if hi is not None and (hi < lo or (hi == lo and not (li and ui))):
            err(w, f"empty interval {lo}..{hi}")
        pts = dec(t["points"])
        if pts < 0 or pts > leaf_max:
            err(w, f"points {pts} outside 0..{leaf_max}")
        if not decimals_ok(t["points"]):
            err(w, "points have more than 2 decimals")
        ivs.append((lo, not li, hi, ui, i))
    # sort by lower bound (an inclusive lower comes before an exclusive one at the same value)
    ivs.sort(key=lambda x: (x[0], x[1]))
    lo0, lo0_excl = ivs[0][0], ivs[0][1]
    if lo0 != 0 or lo0_excl:
        err(where, f"tiers do not start at 0 inclusive (first tier starts at {lo0})")
    for a, b in zip(ivs, ivs[1:]):
        a_hi, a_ui = a[2], a[3]
        b_lo, b_li = b[0], not b[1]
        if a_hi is None:
            err(where, f"tier {a[4]} is open-ended but tier {b[4]} follows: overlap")
            continue
        if a_hi < b_lo or (a_hi == b_lo and not a_ui and not b_li):
            err(where, f"gap between tier {a[4]} (upper {a_hi}) and tier {b[4]} (lower {b_lo})")
        elif a_hi > b_lo or (a_hi == b_lo and a_ui and b_li):
            err(where, f"overlap between tier {a[4]} (upper {a_hi}) and tier {b[4]} (lower {b_lo})")
    last_hi, last_ui = ivs[-1][2], ivs[-1][3]
    if domain_upper is None:
        if last_hi is not None:
            err(where, f"last tier must be open-ended for a count/amount fact (upper {last_hi})")
    else:
        if last_hi is not None and (last_hi < domain_upper or (last_hi == domain_upper and not last_ui)):
            err(where, f"tiers stop at {last_hi}, short of {domain_upper} inclusive")
    for lo, _, hi, _, i in ivs:
        if domain_upper is not None and (lo > domain_upper or (hi is not None and hi > domain_upper)):
            err(f"{where}.tiers[{i}]", f"bound beyond the metric domain 0..{domain_upper}")


def rule_facts(rule, metrics):
    """Fact ids a rule reads (metrics expanded)."""
    out = []
    for key in ("fact", "done", "total", "population"):
        if isinstance(rule.get(key), str):
            out.append(rule[key])
    if rule.get("kind") == "survey":
        out += [o["count"] for o in rule.get("options", []) or [] if isinstance(o, dict) and isinstance(o.get("count"), str)]
    if isinstance(rule.get("metric"), str) and rule["metric"] in metrics:
        m = metrics[rule["metric"]]
        out += as_list(m.get("numerator")) + as_list(m.get("denominator"))
    for it in rule.get("items", []) or []:
        if isinstance(it, dict) and isinstance(it.get("fact"), str):
            out.append(it["fact"])
    return out


def as_list(v):
    return [v] if isinstance(v, str) else list(v or [])


def check_due(where, due):
    if not isinstance(due, dict):
        err(where, "due must be an object")
        return
    if "quarter" in due:
        ok = due.get("quarter") in (1, 2, 3, 4) and due.get("monthOfQuarter") in (1, 2, 3)
        keys = {"quarter", "monthOfQuarter", "day", "yearOffset", "inclusive"}
    else:
        ok = isinstance(due.get("month"), int) and 1 <= due["month"] <= 12
        keys = {"month", "day", "yearOffset", "inclusive"}
    ok = ok and isinstance(due.get("day"), int) and 1 <= due["day"] <= 31
    ok = ok and isinstance(due.get("inclusive", False), bool) and isinstance(due.get("yearOffset", 0), int)
    if not ok or set(due) - keys:
        err(where, f"invalid due date {json.dumps(due, default=str)}")


def check_share(where, v):
    if v in ("zero", "proportional") or (isinstance(v, dict) and set(v) == {"percent"} and is_num(v["percent"]) and 0 <= v["percent"] <= 100):
        return
    err(where, f"invalid share {v!r}")


def check_framework(fw, path, seeds):
    w0 = path
    if fw.get("formatVersion") != 1:
        err(w0, f"formatVersion must be 1, got {fw.get('formatVersion')!r}")
    for k in ("id", "title", "unitKinds", "years", "provenance", "fields"):
        if k not in fw:
            err(w0, f"missing key {k!r}")
    check_provenance(f"{w0}: framework", fw.get("provenance"))
    yrs = fw.get("years", {})
    if not (isinstance(yrs.get("from"), int) and isinstance(yrs.get("to"), int) and yrs["from"] <= yrs["to"]):
        err(w0, "years must be {from <= to}")

    def uniq(kind, items):
        seen = {}
        for i, it in enumerate(items):
            iid = it.get("id") if isinstance(it, dict) else None
            if not isinstance(iid, str) or not ID_RE.match(iid):
                err(f"{w0}: {kind}[{i}]", f"bad id {iid!r}")
            elif iid in seen:
                err(f"{w0}: {kind}[{i}]", f"duplicate {kind} id {iid!r}")
            else:
                seen[iid] = it
        return seen

    facts = uniq("facts", fw.get("facts", []))
    for fid, f in facts.items():
        text_ok(f"{w0}: fact {fid}", f.get("title"))
        if f.get("type") not in FACT_TYPES:
            err(f"{w0}: fact {fid}", f"unknown type {f.get('type')!r}")
        if f.get("type") == "answer" and (not isinstance(f.get("options"), list) or not f["options"]):
            err(f"{w0}: fact {fid}", "answer fact needs options")
    metrics = uniq("metrics", fw.get("metrics", []))
    for mid, m in metrics.items():
        text_ok(f"{w0}: metric {mid}", m.get("title"))
        if mid in facts:
            err(f"{w0}: metric {mid}", "id also used by a fact")
        for side in ("numerator", "denominator"):
            ids = as_list(m.get(side))
            if not ids:
                err(f"{w0}: metric {mid}", f"empty {side}")
            for fid in ids:
                if fid not in facts:
                    err(f"{w0}: metric {mid}", f"{side} fact {fid!r} is not declared")
                elif facts[fid].get("type") not in ("count", "amount"):
                    err(f"{w0}: metric {mid}", f"{side} fact {fid!r} must be count or amount")
    comps = uniq("components", fw.get("components", [])) or {"total": {"id": "total", "max": None}}
    comp_sum = {c: Decimal(0) for c in comps}

    node_ids, doc_ids, used_facts, used_metrics = set(), set(), set(), set()
    leaves = {}

    def walk(n, parent_id, comp, jpath):
        nid = n.get("id")
        where = f"{w0}: {jpath} (node {nid})"
        if not isinstance(nid, str) or not NODE_ID_RE.match(nid):
            err(where, f"bad node id {nid!r}")
            return Decimal(0)
        if nid in node_ids:
            err(where, f"duplicate node id {nid!r}")
        node_ids.add(nid)
        if parent_id is not None and not nid.startswith(parent_id + "."):
            err(where, f"id does not extend its parent id {parent_id!r}")
        text_ok(where, n.get("title"))
        mx = n.get("max")
        if not is_num(mx) or dec(mx) < 0:
            err(where, f"max must be a non-negative number, got {mx!r}")
            return Decimal(0)
        mx = dec(mx)
        if not decimals_ok(n["max"]):
            err(where, f"max {mx} has more than 2 decimals")
        if "component" in n:
            if n["component"] not in comps:
                err(where, f"unknown component {n['component']!r}")
            comp = n["component"]
        is_leaf = "rule" in n
        check_provenance(where, n.get("provenance"), need_quote=is_leaf)
        if is_leaf == ("children" in n):
            err(where, "a node has either children or rule")
        if not is_leaf:
            kids = n.get("children") or []
            if not kids:
                err(where, "no children")
            total = sum((walk(c, nid, comp, f"{jpath}.children[{i}]") for i, c in enumerate(kids)), Decimal(0))
            if total != mx:
                err(where, f"max {mx} != sum of children {total}")
            return mx
        # leaf
        if comp is None:
            if "total" in comps and len(comps) == 1:
                comp = "total"
            else:
                err(where, "leaf has no component (set one on the leaf or an ancestor)")
        if comp in comp_sum:
            comp_sum[comp] += mx
        leaves[nid] = (n, comp)
        check_rule(where, n, mx)
        return mx

    def need_fact(where, fid, types):
        if not isinstance(fid, str) or fid not in facts:
            err(where, f"fact {fid!r} is not declared")
            return None
        used_facts.add(fid)
        if facts[fid].get("type") not in types:
            err(where, f"fact {fid!r} has type {facts[fid].get('type')!r}, expected {'/'.join(types)}")
        return facts[fid]

    def check_rule(where, n, mx):
        r = n["rule"]
        kind = r.get("kind") if isinstance(r, dict) else None
        if kind not in RULE_KINDS:
            err(where, f"unknown rule kind {kind!r}")
            return
        docs = n.get("documents")
        if docs is not None:
            for i, d in enumerate(docs):
                did = d.get("id")
                if not isinstance(did, str) or not ID_RE.match(did):
                    err(where, f"documents[{i}] bad id {did!r}")
                elif did in doc_ids:
                    err(where, f"duplicate document id {did!r}")
                doc_ids.add(did)
                text_ok(f"{where} document {did}", d.get("title"))
        if "whenUndefined" in r:
            if kind not in ("tiers", "ratio", "count", "survey") or r["whenUndefined"] not in UNDEFINED:
                err(where, f"invalid whenUndefined {r['whenUndefined']!r} for {kind}")
        if kind == "evidence":
            if not docs:
                err(where, "evidence rule without documents")
            if "incomplete" in r:
                check_share(f"{where} incomplete", r["incomplete"])
        elif kind == "boolean":
            need_fact(where, r.get("fact"), ("boolean",))
        elif kind in ("tiers", "ratio"):
            if "metric" in r:
                if r["metric"] not in metrics:
                    err(where, f"metric {r['metric']!r} is not declared")
                else:
                    used_metrics.add(r["metric"])
                    m = metrics[r["metric"]]
                    for fid in as_list(m.get("numerator")) + as_list(m.get("denominator")):
                        used_facts.add(fid)
                domain = Decimal(100)
            elif kind == "tiers" and "fact" in r:
                need_fact(where, r["fact"], ("count", "amount"))
                domain = None
            else:
                err(where, f"{kind} rule needs a metric")
                return
            if kind == "tiers":
                check_tiers(where, r.get("tiers"), domain, mx)
            elif "target" in r and (not is_num(r["target"]) or not 0 < dec(r["target"]) <= 100):
                err(where, f"ratio target must be in (0, 100], got {r['target']!r}")
        elif kind == "deadline":
            if r.get("mode", "all") not in ("all", "perItem"):
                err(where, f"deadline mode {r.get('mode')!r}")
            items = r.get("items") or []
            if not items:
                err(where, "deadline rule without items")
            for i, it in enumerate(items):
                need_fact(f"{where} items[{i}]", it.get("fact"), ("date",))
                check_due(f"{where} items[{i}]", it.get("due"))
            for k in ("late", "missing"):
                if k in r:
                    check_share(f"{where} {k}", r[k])
        elif kind == "count":
            need_fact(where, r.get("done"), ("count",))
            if ("total" in r) == ("required" in r):
                err(where, "count rule needs exactly one of total / required")
            if "total" in r:
                need_fact(where, r["total"], ("count",))
            elif not isinstance(r.get("required"), int) or r["required"] <= 0:
                err(where, "count.required must be a positive whole number")
            if r.get("mode", "proportional") not in ("proportional", "all"):
                err(where, f"count mode {r.get('mode')!r}")
        elif kind == "ordinal":
            f = need_fact(where, r.get("fact"), ("answer",))
            opts = r.get("options") or []
            mapped = [o.get("answer") for o in opts]
            for o in opts:
                if not is_num(o.get("percent")) or not 0 <= o["percent"] <= 100:
                    err(where, f"ordinal option {o.get('answer')!r}: percent must be 0..100")
            if f and sorted(mapped) != sorted(f.get("options", [])):
                err(where, f"ordinal options {mapped} do not map exactly the fact's options {f.get('options')}")
        elif kind == "survey":
            opts = r.get("options") or []
            if not opts:
                err(where, "survey rule without options")
            answers, counts = set(), set()
            for o in opts:
                need_fact(where, o.get("count"), ("count",))
                if not is_num(o.get("percent")) or not 0 <= o["percent"] <= 100:
                    err(where, f"survey option {o.get('answer')!r}: percent must be 0..100")
                if o.get("answer") in answers:
                    err(where, f"survey answer {o.get('answer')!r} declared twice")
                if o.get("count") in counts:
                    err(where, f"survey count fact {o.get('count')!r} counts two answers")
                answers.add(o.get("answer"))
                counts.add(o.get("count"))
            if "population" in r:
                need_fact(where, r.get("population"), ("count",))
            if "margin" in r and (not is_num(r["margin"]) or not Decimal("0.1") <= dec(r["margin"]) <= 50):
                err(where, f"survey margin {r['margin']!r} must be 0.1..50")
        elif kind == "direct":
            if r.get("source") not in ("survey", "appraisal"):
                err(where, f"direct.source must be survey or appraisal, got {r.get('source')!r}")

    total = Decimal(0)
    for i, f in enumerate(fw.get("fields", [])):
        total += walk(f, None, None, f"fields[{i}]")
    for cid, c in comps.items():
        if c.get("max") is not None:
            text_ok(f"{w0}: component {cid}", c.get("title"))
            if dec(c["max"]) != comp_sum[cid]:
                err(f"{w0}: component {cid}", f"max {c['max']} != sum of its leaves {comp_sum[cid]}")

    for s_i, sec in enumerate(fw.get("adjustments", []) or []):
        where = f"{w0}: adjustments[{s_i}] ({sec.get('id')})"
        if sec.get("kind") not in ("bonus", "penalty"):
            err(where, f"kind must be bonus or penalty, got {sec.get('kind')!r}")
        check_provenance(where, sec.get("provenance"))
        text_ok(where, sec.get("title"))
        if "cap" in sec and (not is_num(sec["cap"]) or dec(sec["cap"]) < 0):
            err(where, "cap must be a non-negative number")
        for i_i, it in enumerate(sec.get("items", []) or []):
            w = f"{where}.items[{i_i}] ({it.get('id')})"
            if it.get("id") in node_ids:
                err(w, "id collides with a node id")
            node_ids.add(it.get("id"))
            check_provenance(w, it.get("provenance"))
            text_ok(w, it.get("title"))
            need_fact(w, it.get("fact"), ("count",))
            for k in ("perOccurrence", "cap"):
                if k in it and (not is_num(it[k]) or dec(it[k]) < 0 or not decimals_ok(it[k])):
                    err(w, f"{k} must be a non-negative number with at most 2 decimals")

    bands = fw.get("bands", []) or []
    if bands:
        lowers = [dec(b.get("lower", -1)) for b in bands]
        if len(set(lowers)) != len(lowers):
            err(w0, "two bands share a lower bound")
        if Decimal(0) not in lowers:
            err(w0, "no band starts at 0")
        for b in bands:
            text_ok(f"{w0}: band {b.get('id')}", b.get("label"), "label")
            if not 0 <= dec(b.get("lower", -1)) <= 100:
                err(f"{w0}: band {b.get('id')}", "lower must be within 0..100")

    for fid in facts:
        if fid not in used_facts:
            warn(w0, f"fact {fid!r} is declared but never used")
    for mid in metrics:
        if mid not in used_metrics:
            warn(w0, f"metric {mid!r} is declared but never used")

    if seeds:
        for nid, (n, _) in leaves.items():
            q = (n.get("provenance") or {}).get("quote")
            if isinstance(q, str) and not any(norm_text(q) in s for s in seeds.values()):
                err(f"{w0}: leaf {nid}", f"quote not found in the seeds: {q[:60]!r}…")
    return {"facts": facts, "metrics": metrics, "leaves": leaves, "total": total, "comp_sum": comp_sum}


# ---------------------------------------------------------------- submissions
SUB_KEYS = {"formatVersion", "framework", "year", "unit", "facts", "evidence", "notApplicable",
            "claimed", "appraisal", "direct"}


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check_submission(sub, path, fw, info):
    w0 = path
    facts, metrics, leaves = info["facts"], info["metrics"], info["leaves"]
    for k in set(sub) - SUB_KEYS:
        err(w0, f"unknown key {k!r}")
    if sub.get("formatVersion") != 1:
        err(w0, "formatVersion must be 1")
    if sub.get("framework") != fw.get("id"):
        err(w0, f"framework {sub.get('framework')!r} is not {fw.get('id')!r}")
    year = sub.get("year")
    yrs = fw.get("years", {})
    if not isinstance(year, int) or not yrs.get("from", 0) <= year <= yrs.get("to", 9999):
        err(w0, f"year {year!r} outside the framework's years")
        year = None
    unit = sub.get("unit") or {}
    for k in set(unit) - {"id", "name", "kind", "province"}:
        err(w0, f"unit: unknown key {k!r}")
    if not unit.get("id") or not unit.get("name"):
        err(w0, "unit.id and unit.name are required")
    if unit.get("kind") not in fw.get("unitKinds", []):
        err(w0, f"unit.kind {unit.get('kind')!r} not in {fw.get('unitKinds')}")
    lo = datetime.date(year - 1, 1, 1) if year else None
    hi = datetime.date(year + 1, 12, 31) if year else None

    def check_date(where, s):
        d = parse_date(s)
        if d is None:
            err(where, f"{s!r} is not a real YYYY-MM-DD date")
        elif lo and not lo <= d <= hi:
            err(where, f"{s} outside {lo}..{hi}")

    vals = sub.get("facts") or {}
    for fid, v in vals.items():
        where = f"{w0}: facts.{fid}"
        if fid not in facts:
            err(where, "unknown fact id")
            continue
        t = facts[fid].get("type")
        if t == "count":
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAX_COUNT:
                err(where, f"{v!r} is not a whole number 0..{MAX_COUNT}")
        elif t == "amount":
            if not is_num(v) or dec(v) < 0:
                err(where, f"{v!r} is not a non-negative number")
        elif t == "date":
            check_date(where, v)
        elif t == "boolean":
            if not isinstance(v, bool):
                err(where, f"{v!r} is not true/false")
        elif t == "answer":
            if v not in facts[fid].get("options", []):
                err(where, f"{v!r} not in {facts[fid].get('options')}")

    def total_of(ids):
        xs = [vals.get(i) for i in as_list(ids)]
        return None if any(not is_num(x) for x in xs) else sum(dec(x) for x in xs)

    for mid, m in metrics.items():
        n, d = total_of(m.get("numerator")), total_of(m.get("denominator"))
        if n is not None and d is not None and n > d:
            err(f"{w0}: metric {mid}", f"numerator {n} ({'+'.join(as_list(m['numerator']))}) "
                                       f"is more than denominator {d} ({'+'.join(as_list(m['denominator']))})")
    for nid, (n, _) in leaves.items():
        r = n["rule"]
        if r.get("kind") == "count" and "total" in r:
            a, b = vals.get(r["done"]), vals.get(r["total"])
            if is_num(a) and is_num(b) and a > b:
                err(f"{w0}: leaf {nid}", f"facts.{r['done']} ({a}) is more than facts.{r['total']} ({b})")

    na = sub.get("notApplicable") or {}
    for lid, reason in na.items():
        if lid not in leaves:
            err(f"{w0}: notApplicable.{lid}", "unknown leaf id")
        if not isinstance(reason, str) or not reason.strip():
            err(f"{w0}: notApplicable.{lid}", "empty reason")

    for lid, docs in (sub.get("evidence") or {}).items():
        if lid not in leaves:
            err(f"{w0}: evidence.{lid}", "unknown leaf id")
            continue
        known = {d["id"] for d in leaves[lid][0].get("documents", []) or []}
        for did, doc in docs.items():
            where = f"{w0}: evidence.{lid}.{did}"
            if did not in known:
                err(where, f"unknown document id (leaf {lid} asks for {sorted(known)})")
            if not isinstance(doc, dict) or set(doc) - {"number", "title", "date", "link"}:
                err(where, "document must have only number, title, date, link")
                continue
            if not doc.get("number") or not doc.get("title"):
                err(where, "number and title are required")
            if "date" in doc:
                check_date(where + ".date", doc["date"])

    def check_points(where, lid, pts):
        if lid not in leaves:
            err(where, "unknown leaf id")
            return
        mx = dec(leaves[lid][0]["max"])
        if not is_num(pts) or not 0 <= dec(pts) <= mx:
            err(where, f"points {pts!r} outside 0..{mx}")

    for lid, pts in (sub.get("claimed") or {}).items():
        check_points(f"{w0}: claimed.{lid}", lid, pts)
    for lid, a in (sub.get("appraisal") or {}).items():
        where = f"{w0}: appraisal.{lid}"
        if not isinstance(a, dict) or set(a) != {"points", "reason"}:
            err(where, "must be {points, reason}")
            continue
        check_points(where, lid, a["points"])
        if not isinstance(a["reason"], str) or not a["reason"].strip():
            err(where, "empty reason")
        if lid in na:
            err(where, "leaf is both not applicable and corrected by the council")
    direct = sub.get("direct") or {}
    for lid, pts in direct.items():
        check_points(f"{w0}: direct.{lid}", lid, pts)
        if lid in leaves and leaves[lid][0]["rule"].get("kind") not in ("direct", "survey"):
            err(f"{w0}: direct.{lid}", "leaf rule is not direct or survey")

    # completeness (warnings)
    need = set()
    for nid, (n, _) in leaves.items():
        if nid in na:
            continue
        if n["rule"].get("kind") == "survey":
            # Counts per answer, or the survey points given directly when the unit has no counts.
            counts = [o["count"] for o in n["rule"].get("options", [])]
            if nid in direct and not any(c in vals for c in counts):
                continue
            if not any(c in vals for c in counts) and nid not in (sub.get("appraisal") or {}):
                warn(w0, f"survey leaf {nid} has neither respondent counts nor points")
                continue
        need.update(rule_facts(n["rule"], metrics))
        if n["rule"].get("kind") == "direct" and nid not in direct and nid not in (sub.get("appraisal") or {}):
            warn(w0, f"direct leaf {nid} has no points")
        if n.get("documents") and n["rule"].get("kind") == "evidence":
            have = (sub.get("evidence") or {}).get(nid, {})
            missing = [d["id"] for d in n["documents"] if d["id"] not in have]
            if missing:
                notes.append(f"{w0}: leaf {nid}: supporting documents missing: {missing}")
    for sec in fw.get("adjustments", []) or []:
        for it in sec.get("items", []) or []:
            need.add(it.get("fact"))
    for fid in sorted(need - set(vals)):
        warn(w0, f"fact {fid!r} is needed and not given")


def main(argv):
    args, seeds_dirs, strict = [], [], False
    it = iter(argv)
    for a in it:
        if a == "--seeds":
            seeds_dirs.append(next(it, None))
        elif a == "--strict":
            strict = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    seeds = {}
    for seeds_dir in seeds_dirs:
        found = sorted(glob.glob(os.path.join(seeds_dir or "", "*.txt")) + glob.glob(os.path.join(seeds_dir or "", "*.md")))
        for f in found:
            with open(f, encoding="utf-8") as fh:
                seeds[f] = norm_text(fh.read())
        if not found:
            err(seeds_dir, "no seed *.txt or *.md files found")
    fw_path, subs = args[0], args[1:]
    try:
        fw = load(fw_path)
    except (OSError, ValueError) as e:
        print(f"{fw_path}: cannot read: {e}", file=sys.stderr)
        return 1
    info = check_framework(fw, fw_path, seeds)
    for s in subs:
        try:
            check_submission(load(s), s, fw, info)
        except (OSError, ValueError) as e:
            err(s, f"cannot read: {e}")
    for n in notes:
        print(f"note: {n}", file=sys.stderr)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if strict and warnings:
        errors.extend(f"(strict) {w}" for w in warnings)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    comps = ", ".join(f"{c} {v}" for c, v in info["comp_sum"].items())
    print(f"OK: {fw_path}: {len(fw.get('fields', []))} fields, {len(info['leaves'])} leaves, "
          f"max {info['total']} ({comps}); {len(subs)} submission(s) checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
