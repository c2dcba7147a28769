#!/usr/bin/env python3
"""Checks the printed reports that scripts/ci-docx.sh renders, as a reader of the PDFs would.

usage: check_official.py FOLDER

FOLDER holds ranking.json (the ranking, for the unit names), appendix.docx/.pdf (the Word
appendix and its LibreOffice PDF), record.docx/.pdf (one unit's appraisal record), brief.pdf,
full.pdf and unit.pdf (Chromium's prints of the HTML brief, the full report and one unit's
scorecard). Fails with a message naming the file and the page on the first problem it finds.
"""
import json
import os
import re
import sys

import docx
import pypdf

FOLDER = sys.argv[1]
failures = []


def fail(message):
    failures.append(message)
    print(f"official check FAILED: {message}", file=sys.stderr)


def pages(name):
    reader = pypdf.PdfReader(os.path.join(FOLDER, name))
    return [page.extract_text() or "" for page in reader.pages]


def normalised(text):
    return re.sub(r"\s+", " ", text)


ranking = json.load(open(os.path.join(FOLDER, "ranking.json"), encoding="utf-8"))
units = [u["name"] for t in ranking["tables"] for u in t["units"]]
ranks = [u["rank"] for t in ranking["tables"] for u in t["units"]]
unit_ids = [u["id"] for t in ranking["tables"] for u in t["units"]]
assert len(units) == 30, f"expected 30 units, found {len(units)}"
forbidden = [FOLDER, ".json", "/tmp/"]


def common(name, texts, numbered_from=2):
    """No blank page, no file path, page numbers from `numbered_from` on (the first page has none)."""
    for number, text in enumerate(texts, start=1):
        body = normalised(text).strip()
        if len(body) < 40:
            fail(f"{name}: page {number} is blank ({len(body)} characters)")
        for path in forbidden:
            if path in text:
                fail(f"{name}: page {number} prints a file path ({path!r})")
        if number >= numbered_from:
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if str(number) not in lines[:3] and str(number) not in lines[-3:]:
                fail(f"{name}: page {number} shows no page number (first lines {lines[:3]})")


# The Word appendix, read by python-docx: the ranking table has every unit once, in rank order,
# and its header row repeats (w:tblHeader).
document = docx.Document(os.path.join(FOLDER, "appendix.docx"))
ranking_table = document.tables[1]
header = [cell.text for cell in ranking_table.rows[0].cells]
rows = [[cell.text for cell in row.cells] for row in ranking_table.rows[1:]]
if sorted(r[1] for r in rows) != sorted(units):
    fail("appendix.docx: the ranking table's units differ from the ranking")
expected_index = [u["indexRounded"] for t in ranking["tables"] for u in t["units"]]
index_column = header.index("Chỉ số (%)")
for row, index in zip(rows, expected_index):
    shown = row[index_column]
    if shown != f"{index:.2f}".replace(".", ","):
        fail(f"appendix.docx: {row[1]}: index {shown}, the ranking says {index}")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
if ranking_table.rows[0]._tr.trPr is None or ranking_table.rows[0]._tr.trPr.find(W + "tblHeader") is None:
    fail("appendix.docx: the header row is not marked to repeat")

# The appendix as LibreOffice prints it.
appendix = pages("appendix.pdf")
common("appendix.pdf", appendix)
field_start = next((i for i, t in enumerate(appendix) if "Chỉ số thành phần theo lĩnh vực" in t), len(appendix))
ranking_pages = appendix[:field_start] if field_start > 0 else appendix[:1]
seen = {name: 0 for name in units}
for number, text in enumerate(ranking_pages, start=1):
    rows_here = [line for line in text.splitlines() if re.match(r"^\d+ \D", line)]
    if rows_here and not ("Hạng" in text and "Đơn vị" in text and "Xếp loại" in text):
        fail(f"appendix.pdf: page {number} has ranking rows but no header row")
    for line in rows_here:
        # "8 Ban Quản lý dự án đầu tư xây dựng 58,72 …": a name cut by the cell's width goes on
        # in the next line, so the row's text before its first number is the start of a name.
        match = re.match(r"^(\d+) (.*?)(?: -?\+?\d+,\d\d|$)", line)
        if not match:
            continue
        rank, text = int(match.group(1)), match.group(2).strip()
        for name, unit_rank in zip(units, ranks):
            if unit_rank == rank and (name == text or (len(text) >= 8 and name.startswith(text + " "))):
                seen[name] += 1
for number, text in enumerate(appendix[field_start:], start=field_start + 1):
    if re.search(r"^\d+ \D", text, re.M) and "Hạng" not in text:
        fail(f"appendix.pdf: page {number} (fields) has rows but no header row")
for name, count in seen.items():
    if count != 1:
        fail(f"appendix.pdf: {name} appears {count} times in the ranking table (expected once)")
if "PHỤ LỤC" not in appendix[0] or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in appendix[0]:
    fail("appendix.pdf: page 1 has no national header or no PHỤ LỤC title")
if "Kèm theo Quyết định số" not in normalised(appendix[0]):
    fail("appendix.pdf: page 1 has no link to the decision")
if "Nơi nhận" not in appendix[-1]:
    fail("appendix.pdf: the last page has no signature block")

# The appraisal record: every leaf of the unit's scorecard is in the Word table.
record = docx.Document(os.path.join(FOLDER, "record.docx"))
record_ids = {row.cells[0].text for row in record.tables[1].rows[1:]}
card = json.load(open(os.path.join(FOLDER, "unit.json"), encoding="utf-8"))
missing = [leaf["id"] for leaf in card["leaves"] if leaf["id"] not in record_ids]
if missing:
    fail(f"record.docx: leaves missing: {missing[:5]}")
record_pdf = pages("record.pdf")
common("record.pdf", record_pdf)
if "THỦ TRƯỞNG ĐƠN VỊ" not in record_pdf[-1] and "THỦ TRƯỞNG ĐƠN VỊ" not in "".join(record_pdf[-2:]):
    fail("record.pdf: no signature of the unit at the end")

# The HTML prints.
brief = pages("brief.pdf")
if len(brief) != 1:
    fail(f"brief.pdf: {len(brief)} pages, expected one")
common("brief.pdf", brief)
for needle in ["BÁO CÁO TÓM TẮT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Dẫn đầu", "Cuối bảng", "So với năm trước"]:
    if needle not in brief[0]:
        fail(f"brief.pdf: {needle!r} missing")
full = pages("full.pdf")
common("full.pdf", full)
caption = "Biểu đồ Chỉ số CCHC theo đơn vị"
for number, text in enumerate(full, start=1):
    if caption in text and "1." not in text:
        fail(f"full.pdf: page {number}: the chart's caption is apart from its chart")
unit_pdf = pages("unit.pdf")
common("unit.pdf", unit_pdf)
for number, text in enumerate(unit_pdf, start=1):
    if re.search(r"^\d+\.\d+\.\d+ ", text, re.M) and "Tiêu chí, giải thích" not in text:
        fail(f"unit.pdf: page {number} has rows of the scorecard but not its header row")

if failures:
    sys.exit(1)
print(
    f"ok: appendix {len(appendix)} pages (30 units once each, header row on every page), record {len(record_pdf)} pages, "
    f"brief 1 page, full report {len(full)} pages, unit scorecard {len(unit_pdf)} pages; page numbers, no blank page, no file path"
)
