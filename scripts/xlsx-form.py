#!/usr/bin/env python3
"""Helpers for the Excel form round trip (scripts/ci-xlsx-in.sh and the tests).

  xlsx-form.py submission CRITERIA.json YEAR      a valid submission for a framework, on stdout
  xlsx-form.py fill TEMPLATE.xlsx AGENCY.json OUT  fills the template with openpyxl as a person would

Filling finds rows by the codes in column A (and the document in column B), so it does not depend
on row numbers. Numbers are written as numbers, dates as dates (the template's dd/mm/yyyy
format is kept), yes/no as the sheet's Có/Không (Yes/No).
"""
import datetime
import json
import sys
from decimal import Decimal


def leaves(nodes):
    for node in nodes:
        if "rule" in node:
            yield node
        yield from leaves(node.get("children", []))


def make_submission(criteria_path, year):
    criteria = json.load(open(criteria_path, encoding="utf-8"))
    facts = {}
    for index, fact in enumerate(criteria.get("facts", [])):
        kind = fact["type"]
        if kind == "count":
            facts[fact["id"]] = 100
        elif kind == "amount":
            facts[fact["id"]] = 12.5
        elif kind == "date":
            facts[fact["id"]] = "%d-%02d-%02d" % (year, 1 + index % 12, 1 + index % 28)
        elif kind == "boolean":
            facts[fact["id"]] = index % 2 == 0
        elif kind == "answer":
            facts[fact["id"]] = fact["options"][index % len(fact["options"])]
    evidence, claimed, direct = {}, {}, {}
    all_leaves = list(leaves(criteria["fields"]))
    for index, leaf in enumerate(all_leaves):
        documents = leaf.get("documents", [])
        if documents and index % 2 == 0:
            evidence[leaf["id"]] = {
                documents[0]["id"]: {
                    "number": "%d/KH-UBND" % (index + 1),
                    "title": "Văn bản %d" % (index + 1),
                    "date": "%d-03-%02d" % (year, 1 + index % 28),
                    "link": "https://example.gov.vn/%d" % index,
                }
            }
        maximum = Decimal(str(leaf["max"]))
        if leaf["rule"].get("kind") == "direct":
            direct[leaf["id"]] = float(maximum / 2) if (maximum / 2) != int(maximum / 2) else int(maximum / 2)
        if index % 3 == 0:
            claimed[leaf["id"]] = int(maximum) if maximum == int(maximum) else float(maximum)
    appraisal = {}
    if all_leaves:
        appraisal[all_leaves[0]["id"]] = {"points": 0, "reason": "Hội đồng thẩm định điều chỉnh"}
    return {
        "formatVersion": 1,
        "framework": criteria["id"],
        "year": year,
        "unit": {"id": "ci.%s" % criteria["id"], "name": "Đơn vị thử", "kind": criteria["unitKinds"][0], "province": "Đắk Nông"},
        "facts": facts,
        "evidence": evidence,
        "notApplicable": {},
        "claimed": claimed,
        "appraisal": appraisal,
        "direct": direct,
    }


def number(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    as_decimal = Decimal(str(value))
    return int(as_decimal) if as_decimal == int(as_decimal) else float(as_decimal)


def fill(template_path, agency_path, out_path):
    import openpyxl

    submission = json.load(open(agency_path, encoding="utf-8"))
    workbook = openpyxl.load_workbook(template_path)
    names = workbook.sheetnames
    english = "Unit" in names
    yes, no = ("Yes", "No") if english else ("Có", "Không")

    def sheet(vi, en):
        return workbook[en if english else vi]

    def rows(ws):
        for row in range(2, ws.max_row + 1):
            code = ws.cell(row=row, column=1).value
            if code is not None:
                yield row, str(code)

    def to_date(text):
        return datetime.date.fromisoformat(text)

    unit = sheet("Đơn vị", "Unit")
    values = {"year": submission["year"], "unit.id": submission["unit"]["id"], "unit.name": submission["unit"]["name"],
              "unit.kind": submission["unit"]["kind"], "unit.province": submission["unit"].get("province")}
    for row, code in rows(unit):
        if code in values and values[code] is not None:
            unit.cell(row=row, column=3).value = values[code]
    facts = sheet("Số liệu", "Facts")
    for row, code in rows(facts):
        value = submission.get("facts", {}).get(code)
        if value is None:
            continue
        cell = facts.cell(row=row, column=4)
        if isinstance(value, bool):
            cell.value = yes if value else no
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            cell.value = to_date(value)
        elif isinstance(value, str):
            cell.value = value
        else:
            cell.value = number(value)
    evidence = sheet("Minh chứng", "Evidence")
    for row, leaf in rows(evidence):
        document = str(evidence.cell(row=row, column=2).value)
        given = submission.get("evidence", {}).get(leaf, {}).get(document)
        if not given:
            continue
        evidence.cell(row=row, column=4).value = given.get("number")
        evidence.cell(row=row, column=5).value = given.get("title")
        if given.get("date"):
            evidence.cell(row=row, column=6).value = to_date(given["date"])
        if given.get("link"):
            evidence.cell(row=row, column=7).value = given["link"]
    not_applicable = sheet("Không áp dụng", "Not applicable")
    for row, leaf in rows(not_applicable):
        reason = submission.get("notApplicable", {}).get(leaf)
        if reason:
            not_applicable.cell(row=row, column=3).value = reason
    claimed = sheet("Tự chấm", "Self-assessment")
    for row, leaf in rows(claimed):
        if leaf in submission.get("claimed", {}):
            claimed.cell(row=row, column=4).value = number(submission["claimed"][leaf])
        if leaf in submission.get("direct", {}):
            claimed.cell(row=row, column=5).value = number(submission["direct"][leaf])
    appraisal = sheet("Thẩm định", "Appraisal")
    for row, leaf in rows(appraisal):
        correction = submission.get("appraisal", {}).get(leaf)
        if correction:
            appraisal.cell(row=row, column=4).value = number(correction["points"])
            appraisal.cell(row=row, column=5).value = correction["reason"]
    workbook.save(out_path)


if __name__ == "__main__":
    if sys.argv[1:2] == ["submission"]:
        json.dump(make_submission(sys.argv[2], int(sys.argv[3])), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif sys.argv[1:2] == ["fill"]:
        fill(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
