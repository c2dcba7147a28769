#!/usr/bin/env python3
"""Writes the xa-2025 commune submissions: two examples (Examples/xa-2025-*.json) and a folder of
six communes that ranks (Tests/Fixtures/communes-2025/). Fictional communes of a fictional
province "Minh Họa (ví dụ)", synthetic values: examples, never real results."""
import json
import os

from common import ROOT, leaves_of

FW = json.load(open(f"{ROOT}/Criteria/xa-2025.json", encoding="utf-8"))
EVIDENCE = {n["id"]: [d["id"] for d in n["documents"]] for f in FW["fields"] for n in leaves_of(f) if "documents" in n}
SURVEY = [n["id"] for f in FW["fields"] for n in leaves_of(f) if n["rule"]["kind"] in ("direct", "survey")]

BASE = {
    "plan.issuedOn": "2024-12-20", "plan.tasks": 30, "plan.tasksDone": 28,
    "report.q1.sentOn": "2025-02-10", "report.h1.sentOn": "2025-05-12", "report.q3.sentOn": "2025-08-11",
    "report.annual.sentOn": "2025-11-07",
    "inspect.issuesFound": 4, "inspect.issuesHandled": 4, "propaganda.articles": 4,
    "legal.reviewIssuesFound": 2, "legal.reviewIssuesHandled": 2,
    "tthc.simplificationProposed": True,
    "public.updatedOnTime": 95, "public.toUpdate": 100, "public.complete": 100, "public.procedures": 100,
    "feedback.received": 6, "feedback.handled": 6,
    "dossier.received": 2000, "dossier.onTime": 1920, "dossier.onTimeDenominator": 2000,
    "dossier.completedLate": 40, "dossier.lateWithApology": 40,
    "tthc.oneStop": 100, "tthc.procedures": 100,
    "dossier.online": 1000, "dossier.direct": 950, "dossier.postal": 50,
    "dossier.completed": 1900, "dossier.electronicResult": 1710, "dossier.digitised": 1600,
    "dossier.paidOnline": 300, "dossier.withFees": 400, "dossier.synced": 1960,
    "org.deputiesCompliant": True, "org.staffingCompliant": True,
    "org.decentralizedTasks": 5, "org.decentralizedTasksDone": 5,
    "staff.civilServants": 40, "staff.placedPerPosition": 36,
    "training.planIssuedOn": "2024-12-25", "training.planned": 10, "training.done": 9,
    "staff.rotationPlanned": 2, "staff.rotated": 2,
    "finance.investmentAllocated": 20000, "finance.investmentDisbursed": 17000,
    "finance.auditRecs": 3, "finance.auditRecsDone": 3,
    "edoc.total": 5000, "edoc.electronic": 4900, "it.leaders": 6, "it.leadersSigning": 6,
    "it.staff": 40, "it.emailUsers": 38, "online.procedures34": 70, "iso.applied": True,
    "certifiedCopy.electronic": True,
    "reuse.componentsReplaced": 40, "reuse.components": 100, "reuse.digitisedShared": 800,
}
SURVEY_BASE = {"9.1.1": 2.7, "9.1.2": 2.6, "9.1.3": 2.8, "9.1.4": 2.7, "9.1.5": 2.5,
               "9.2.1": 2.2, "9.2.2": 2.1, "9.2.3": 2.2, "9.2.4": 2.0, "9.3.1": 2.1, "9.3.2": 2.0}
assert sorted(SURVEY_BASE) == sorted(SURVEY), (sorted(SURVEY_BASE), SURVEY)


def submission(uid, name, facts=None, survey=None, drop_docs=(), not_applicable=None):
    f = dict(BASE)
    f.update(facts or {})
    evidence = {}
    for lid, docs in EVIDENCE.items():
        kept = {d: {"number": f"{i + 1:02d}/{lid}-UBND", "title": f"Văn bản {d} (ví dụ minh họa)", "date": "2025-03-01"}
                for i, d in enumerate(docs) if (lid, d) not in drop_docs}
        if kept:
            evidence[lid] = kept
    s = {"formatVersion": 1, "framework": "xa-2025", "year": 2025,
         "unit": {"id": f"minh-hoa.{uid}", "name": name, "kind": "xa", "province": "Minh Họa (ví dụ)"},
         "facts": f, "evidence": evidence}
    if not_applicable:
        s["notApplicable"] = not_applicable
    d = dict(SURVEY_BASE)
    d.update(survey or {})
    s["direct"] = d
    return s


def put(rel, s):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(s, ensure_ascii=False, indent=2) + "\n")
    print("wrote", rel)


# Two examples: a ward that meets every target, and a commune that misses some.
put("Examples/xa-2025-phuong-an-binh-vi-du.json", submission("phuong-an-binh", "UBND phường An Bình (ví dụ minh họa)"))
put("Examples/xa-2025-xa-tan-lap-vi-du.json", submission(
    "xa-tan-lap", "UBND xã Tân Lập (ví dụ minh họa)",
    facts={"plan.issuedOn": "2025-01-15", "dossier.onTime": 1780, "dossier.lateWithApology": 20, "dossier.online": 600,
           "dossier.direct": 1350, "certifiedCopy.electronic": False, "finance.investmentDisbursed": 11000,
           "report.q3.sentOn": "2025-08-20"},
    survey={"9.1.1": 2.1, "9.1.2": 2.0},
    drop_docs={("1.1.2", "plan.budget")},
    not_applicable={"8.2.1": "Xã chưa được giao cung cấp dịch vụ công trực tuyến mức độ 3, 4 (ví dụ minh họa)"}))

# Six communes that rank: each differs from the first in a few figures a person can follow.
folder = "Tests/Fixtures/communes-2025"
put(f"{folder}/an-phu.json", submission("an-phu", "UBND xã An Phú (ví dụ)"))
put(f"{folder}/binh-minh.json", submission("binh-minh", "UBND xã Bình Minh (ví dụ)", facts={"dossier.onTime": 1850}))
put(f"{folder}/cam-lo.json", submission("cam-lo", "UBND xã Cam Lộ (ví dụ)", facts={"dossier.onTime": 1850}))
put(f"{folder}/dong-tien.json", submission("dong-tien", "UBND phường Đông Tiến (ví dụ)",
                                           facts={"dossier.online": 500, "dossier.direct": 1450}, survey={"9.1.1": 3}))
put(f"{folder}/hoa-thuan.json", submission("hoa-thuan", "UBND xã Hòa Thuận (ví dụ)",
                                           facts={"dossier.onTime": 1500, "certifiedCopy.electronic": False,
                                                  "iso.applied": False}))
put(f"{folder}/tan-hoi.json", submission("tan-hoi", "UBND xã Tân Hội (ví dụ)", survey={"9.2.1": 2.5, "9.2.4": 2.5}))
