#!/usr/bin/env python3
"""Compares a ranking workbook (par-score rank --format xlsx) with the same ranking as JSON
(par-score rank --format json), reading the workbook with openpyxl.

usage: check_xlsx.py RANKING.xlsx RANKING.json

For N tables the workbook has N ranking sheets, N by-field sheets, N sub-criteria sheets and N
statistics sheets, in that order; each starts with the table's title (the JSON's `title`), its
framework, and its header on row 3. For every unit of every table of the JSON:
  ranking:       a row with the unit id whose rank is the same integer, and whose total
                 and index are numeric cells within 0.00005 of the JSON values;
  by field:      a row with the unit id whose field points (and field sub-indices) are
                 numeric cells within 0.00005 of the JSON values;
  sub-criteria:  with --scorecards JSON, the unit's points on every leaf, and the maxima row;
  statistics:    count, mean, median, lowest and highest.
When the JSON lists refused files (or files left out by --prefer newer), the next sheet (Tệp bị
loại / Refused files) must hold one row per entry of `failures` (then per such warning), in
order: file, path, code and message; so every file of `refusedFiles` is named. Without them there
must be no further sheet. Every sheet must print on A4 landscape, one page wide (the sub-criteria
sheets: some pages wide), with its header rows repeated and frozen, the decree's margins and the
page number in the page header; every part of the package must be well-formed XML.
The workbook stores numbers rounded to 4 decimals, so 0.00005 is the largest honest difference;
values are compared as exact decimals (the JSON is read with Decimal, the cell through repr).
Exits 1 on any mismatch, 2 on a usage or reading error.
"""

import json
import sys
from decimal import Decimal

TOLERANCE = Decimal("0.00005")
RANK_HEADERS = {"Hạng", "Rank"}
TOTAL_HEADERS = {"Tổng điểm", "Total"}
INDEX_HEADERS = {"Chỉ số (%)", "Index (%)"}
ID_HEADERS = {"Mã đơn vị", "Unit id"}


class Checker:
    def __init__(self):
        self.mismatches = []

    def fail(self, message):
        self.mismatches.append(message)

    def number(self, where, cell, expected):
        """Checks that `cell` is a numeric cell within TOLERANCE of `expected` (None: empty)."""
        if expected is None:
            if cell not in (None, ""):
                self.fail(f"{where}: expected an empty cell, found {cell!r}")
            return
        if isinstance(cell, bool) or not isinstance(cell, (int, float)):
            self.fail(f"{where}: expected a number {expected}, found {type(cell).__name__} {cell!r}")
            return
        value = Decimal(cell) if isinstance(cell, int) else Decimal(repr(cell))
        if abs(value - Decimal(expected)) > TOLERANCE:
            self.fail(f"{where}: expected {expected}, found {value}")

    def integer(self, where, cell, expected):
        if isinstance(cell, bool) or not isinstance(cell, int):
            self.fail(f"{where}: expected the integer {expected}, found {type(cell).__name__} {cell!r}")
        elif cell != expected:
            self.fail(f"{where}: expected {expected}, found {cell}")


def rows_of(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def table_sheet(sheet, table, checker):
    """A table's sheet: row 1 is the table's title (as the JSON's `title`), row 3 the header.
    Returns (header row, rows after it)."""
    rows = rows_of(sheet)
    if len(rows) < 3:
        checker.fail(f"{sheet.title}: {len(rows)} rows, expected a title, a subtitle and a header")
        return [], []
    if rows[0][0] != table["title"]:
        checker.fail(f"{sheet.title}: title {rows[0][0]!r}, expected {table['title']!r}")
    return rows[2], rows[3:]


def column(header, names, sheet_name, checker):
    for i, cell in enumerate(header):
        if cell in names:
            return i
    checker.fail(f"{sheet_name}: no column {' / '.join(sorted(names))} in header {header!r}")
    return None


def unit_rows(rows, id_column):
    """Unit rows: an integer rank in column A and a unit id. Returns {id: [rows]}."""
    found = {}
    for row in rows:
        if row and isinstance(row[0], int) and not isinstance(row[0], bool) and len(row) > id_column:
            found.setdefault(row[id_column], []).append(row)
    return found


def cell(row, index):
    return row[index] if index is not None and index < len(row) else None


def check_ranking_sheet(sheet, table, checker):
    name = sheet.title
    units = 0
    for header, rows in [table_sheet(sheet, table, checker)]:
        rank_col = column(header, RANK_HEADERS, name, checker)
        id_col = column(header, ID_HEADERS, name, checker)
        total_col = column(header, TOTAL_HEADERS, name, checker)
        index_col = column(header, INDEX_HEADERS, name, checker)
        if None in (rank_col, id_col, total_col, index_col):
            continue
        found = unit_rows(rows, id_col)
        expected_ids = {unit["id"] for unit in table["units"]}
        for extra in sorted(set(found) - expected_ids, key=str):
            checker.fail(f"{name}: row for {extra!r}, which is not in the JSON table {table['framework']} {table['year']}")
        for unit in table["units"]:
            units += 1
            where = f"{name} [{table['framework']} {table['year']}] {unit['id']}"
            matches = found.get(unit["id"], [])
            if len(matches) != 1:
                checker.fail(f"{where}: {len(matches)} rows, expected 1")
                continue
            row = matches[0]
            checker.integer(f"{where} rank", cell(row, rank_col), unit["rank"])
            checker.number(f"{where} total", cell(row, total_col), unit["total"])
            checker.number(f"{where} index", cell(row, index_col), unit["index"])
    return units


def check_field_sheet(sheet, table, checker):
    name = sheet.title
    for header, rows in [table_sheet(sheet, table, checker)]:
        id_col = column(header, ID_HEADERS, name, checker)
        rank_col = column(header, RANK_HEADERS, name, checker)
        if id_col is None or rank_col is None:
            continue
        points_cols, index_cols = {}, {}
        field_ids = {str(f["id"]) for f in table["statistics"]["fields"]}
        for unit in table["units"]:
            field_ids |= set(unit["fields"])
        for i, text in enumerate(header):
            if not isinstance(text, str):
                continue
            for field_id in field_ids:
                if text == f"{field_id} (%)":
                    index_cols[field_id] = i
                elif text.startswith(f"{field_id} "):
                    points_cols[field_id] = i
        found = unit_rows(rows, id_col)
        for unit in table["units"]:
            where = f"{name} [{table['framework']} {table['year']}] {unit['id']}"
            matches = found.get(unit["id"], [])
            if len(matches) != 1:
                checker.fail(f"{where}: {len(matches)} rows, expected 1")
                continue
            row = matches[0]
            checker.integer(f"{where} rank", cell(row, rank_col), unit["rank"])
            for field_id, points in unit["fields"].items():
                if field_id not in points_cols:
                    checker.fail(f"{where}: no points column for field {field_id}")
                    continue
                checker.number(f"{where} field {field_id} points", cell(row, points_cols[field_id]), points)
            for field_id, index in unit.get("fieldIndices", {}).items():
                if field_id not in index_cols:
                    checker.fail(f"{where}: no sub-index column for field {field_id}")
                    continue
                checker.number(f"{where} field {field_id} sub-index", cell(row, index_cols[field_id]), index)


def check_leaf_sheet(sheet, table, checker):
    """Every unit's points on every leaf, when the JSON has the scorecards (--scorecards); the
    maxima row (row 4) always."""
    name = sheet.title
    header, rows = table_sheet(sheet, table, checker)
    id_col = column(header, ID_HEADERS, name, checker)
    if id_col is None:
        return
    if not rows or rows[0][1] not in ("Điểm tối đa", "Maximum points"):
        checker.fail(f"{name}: row 4 is not the maxima row: {rows[:1]!r}")
    found = unit_rows(rows, id_col)
    leaf_cols = {}
    for i, text in enumerate(header):
        if isinstance(text, str) and i > id_col and " " in text:
            leaf_cols.setdefault(text.split(" ")[0], i)
    for unit in table["units"]:
        card = unit.get("scorecard")
        if not card:
            continue
        where = f"{name} {unit['id']}"
        matches = found.get(unit["id"], [])
        if len(matches) != 1:
            checker.fail(f"{where}: {len(matches)} rows, expected 1")
            continue
        for leaf in card["leaves"]:
            if leaf["id"] not in leaf_cols:
                checker.fail(f"{where}: no column for leaf {leaf['id']}")
                continue
            value = cell(matches[0], leaf_cols[leaf["id"]])
            if value == "—" and Decimal(str(leaf["applicableMax"])) == 0:
                continue
            checker.number(f"{where} leaf {leaf['id']}", value, leaf["points"])
            checker.number(f"{name} maximum of {leaf['id']}", cell(rows[0], leaf_cols[leaf["id"]]), leaf["max"])


PRINT_MARGINS = {"left": 1.1811, "right": 0.5906, "top": 0.9843, "bottom": 0.7874}


def check_print(sheet, checker, wide=False):
    """A4 landscape, fitted to the page width (a wide sheet: to some pages wide), the header rows
    repeated on every page and frozen, the decree's margins, the page number in the header."""
    name = sheet.title
    setup = sheet.page_setup
    if setup.orientation != "landscape":
        checker.fail(f"{name}: orientation {setup.orientation!r}, expected landscape")
    if str(setup.paperSize) != "9":
        checker.fail(f"{name}: paper size {setup.paperSize!r}, expected 9 (A4)")
    if not sheet.sheet_properties.pageSetUpPr or not sheet.sheet_properties.pageSetUpPr.fitToPage:
        checker.fail(f"{name}: not fitted to the page")
    width = int(setup.fitToWidth or 0)
    if (not wide and width != 1) or (wide and width < 1):
        checker.fail(f"{name}: fitToWidth {setup.fitToWidth!r}")
    if int(setup.fitToHeight if setup.fitToHeight is not None else 1) != 0:
        checker.fail(f"{name}: fitToHeight {setup.fitToHeight!r}, expected 0 (as many pages down as needed)")
    for side, expected in PRINT_MARGINS.items():
        if abs(getattr(sheet.page_margins, side) - expected) > 0.001:
            checker.fail(f"{name}: {side} margin {getattr(sheet.page_margins, side)}, expected {expected}")
    titles = sheet.print_title_rows
    if not titles:
        checker.fail(f"{name}: no rows repeated on every printed page")
    else:
        last = int(titles.split(":")[-1].lstrip("$"))
        if sheet.freeze_panes is None or not sheet.freeze_panes.endswith(str(last + 1)):
            checker.fail(f"{name}: frozen at {sheet.freeze_panes!r}, expected below the header row {last}")
    center = sheet.oddHeader.center.text or ""
    if "&P" not in center:
        checker.fail(f"{name}: no page number in the page header ({center!r})")


def check_statistics_sheet(sheet, table, checker):
    name = sheet.title
    for header, rows in [table_sheet(sheet, table, checker)]:
        where = f"{name} [{table['framework']} {table['year']}]"
        stats = table["statistics"]
        if len(rows) < 5:
            checker.fail(f"{where}: {len(rows)} rows after the header, expected at least 5")
            continue
        checker.integer(f"{where} count", cell(rows[0], 1), stats["count"])
        for row, key in zip(rows[1:5], ("mean", "median", "lowest", "highest")):
            checker.number(f"{where} {key}", cell(row, 1), stats[key])


REFUSED_SHEETS = {"Tệp bị loại", "Refused files"}


def check_refused_sheet(sheets, ranking, checker, position):
    """The sheet after the tables' sheets against `failures` (and the files left out by
    --prefer newer, in `warnings`) and `refusedFiles`; returns the refused files named."""
    failures = ranking.get("failures", []) + [w for w in ranking.get("warnings", []) if w["code"] == "batch.supersededUnit"]
    if not failures:
        if len(sheets) > position:
            checker.fail(f"{len(sheets)} sheets, but the JSON lists no refused file")
        return 0
    if len(sheets) <= position:
        checker.fail(f"{len(failures)} failures in the JSON, but no sheet of refused files")
        return 0
    sheet = sheets[position]
    if sheet.title not in REFUSED_SHEETS:
        checker.fail(f"sheet {position + 1} is {sheet.title!r}, expected one of {sorted(REFUSED_SHEETS)}")
    rows = rows_of(sheet)[2:]
    if len(rows) != len(failures):
        checker.fail(f"{sheet.title}: {len(rows)} rows, the JSON has {len(failures)} failures")
    for n, (row, failure) in enumerate(zip(rows, failures)):
        where = f"{sheet.title} row {n + 3}"
        if cell(row, 0) != failure["file"]:
            checker.fail(f"{where}: file {cell(row, 0)!r}, expected {failure['file']!r}")
        if failure["path"] and not str(cell(row, 1) or "").endswith(failure["path"]):
            checker.fail(f"{where}: path {cell(row, 1)!r}, expected it to end with {failure['path']!r}")
        if cell(row, 2) != failure["code"]:
            checker.fail(f"{where}: code {cell(row, 2)!r}, expected {failure['code']!r}")
        if cell(row, 3) != failure["message"]:
            checker.fail(f"{where}: message {cell(row, 3)!r}, expected {failure['message']!r}")
    named = {cell(row, 0) for row in rows}
    for refused in ranking.get("refusedFiles", []):
        if refused["file"] not in named:
            checker.fail(f"{sheet.title}: refused file {refused['file']!r} is not named")
    return len(named)


def check_parts(path, checker):
    """Every part of the package is well-formed XML (a strict reader refuses anything else)."""
    import zipfile
    import xml.dom.minidom

    with zipfile.ZipFile(path) as package:
        for part in package.namelist():
            try:
                xml.dom.minidom.parseString(package.read(part))
            except Exception as error:
                checker.fail(f"{part}: not well-formed XML: {error}")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    try:
        import openpyxl
    except ImportError:
        print("check_xlsx: openpyxl is not installed (pip install openpyxl)", file=sys.stderr)
        return 2
    try:
        with open(argv[2], encoding="utf-8") as f:
            ranking = json.load(f, parse_float=Decimal)
        workbook = openpyxl.load_workbook(argv[1], read_only=False, data_only=True)
    except Exception as error:  # a reading error is reported, not a traceback
        print(f"check_xlsx: cannot read the inputs: {error}", file=sys.stderr)
        return 2
    tables = ranking.get("tables", [])
    checker = Checker()
    check_parts(argv[1], checker)
    sheets = workbook.worksheets
    n = len(tables)
    expected = 4 * n if n else 1
    if len(sheets) < expected:
        checker.fail(f"workbook has {len(sheets)} sheets, expected {expected} (4 per table)")
        n = 0
    units = 0
    for i, table in enumerate(tables[:n]):
        units += check_ranking_sheet(sheets[i], table, checker)
        check_field_sheet(sheets[n + i], table, checker)
        check_leaf_sheet(sheets[2 * n + i], table, checker)
        check_statistics_sheet(sheets[3 * n + i], table, checker)
    for i, sheet in enumerate(sheets):
        check_print(sheet, checker, wide=n <= i < 3 * n)
    refused = check_refused_sheet(sheets, ranking, checker, expected)
    for message in checker.mismatches:
        print(f"mismatch: {message}", file=sys.stderr)
    read = len(sheets)
    print(
        f"xlsx check: {units} units, {len(tables)} tables, {refused} refused files, {read} sheets read, "
        f"{len(checker.mismatches)} mismatches"
    )
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
