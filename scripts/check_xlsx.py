#!/usr/bin/env python3
"""Compares a ranking workbook (par-score rank --format xlsx) with the same ranking as JSON
(par-score rank --format json), reading the workbook with openpyxl.

usage: check_xlsx.py RANKING.xlsx RANKING.json

For every unit of every table of the JSON:
  sheet 1 (ranking):  a row with the unit id whose rank is the same integer, and whose total
                      and index are numeric cells within 0.00005 of the JSON values;
  sheet 2 (by field): a row with the unit id whose field points (and field sub-indices) are
                      numeric cells within 0.00005 of the JSON values;
  sheet 3 (statistics): count, mean, median, lowest and highest of each table.
When the JSON lists refused files, a fourth sheet (Tệp bị loại / Refused files) must hold one row
per entry of `failures`, in order: file, path, code and message; so every file of `refusedFiles`
is named. Without refused files there must be no fourth sheet.
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


def blocks(rows, tables, sheet_name, checker):
    """Splits a sheet into one block of rows per table, at the table headings (a row with text in
    column A only, followed by a header row starting with Rank/Hạng or, on the statistics sheet,
    any header row). Returns a list of (header row, rows after it up to the next heading)."""
    starts = []
    for i, row in enumerate(rows[:-1]):
        first = row[0] if row else None
        rest = [c for c in row[1:] if c not in (None, "")]
        if isinstance(first, str) and " — " in first and not rest:
            starts.append(i)
    if len(starts) != len(tables):
        checker.fail(f"{sheet_name}: {len(starts)} table headings, the JSON has {len(tables)} tables")
    result = []
    for n, (start, table) in enumerate(zip(starts, tables)):
        heading = rows[start][0]
        suffix = f" — {table['framework']} — {table['year']}"
        if not heading.endswith(suffix):
            checker.fail(f"{sheet_name}: heading {n + 1} is {heading!r}, expected it to end with {suffix!r}")
        end = starts[n + 1] if n + 1 < len(starts) else len(rows)
        result.append((rows[start + 1], rows[start + 2:end]))
    return result


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


def check_ranking_sheet(sheet, tables, checker):
    name = sheet.title
    units = 0
    for (header, rows), table in zip(blocks(rows_of(sheet), tables, name, checker), tables):
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


def check_field_sheet(sheet, tables, checker):
    name = sheet.title
    for (header, rows), table in zip(blocks(rows_of(sheet), tables, name, checker), tables):
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


def check_statistics_sheet(sheet, tables, checker):
    name = sheet.title
    for (header, rows), table in zip(blocks(rows_of(sheet), tables, name, checker), tables):
        where = f"{name} [{table['framework']} {table['year']}]"
        stats = table["statistics"]
        if len(rows) < 5:
            checker.fail(f"{where}: {len(rows)} rows after the header, expected at least 5")
            continue
        checker.integer(f"{where} count", cell(rows[0], 1), stats["count"])
        for row, key in zip(rows[1:5], ("mean", "median", "lowest", "highest")):
            checker.number(f"{where} {key}", cell(row, 1), stats[key])


REFUSED_SHEETS = {"Tệp bị loại", "Refused files"}


def check_refused_sheet(sheets, ranking, checker):
    """The fourth sheet against `failures` and `refusedFiles`; returns the refused files named."""
    failures = ranking.get("failures", [])
    if not failures:
        if len(sheets) > 3:
            checker.fail(f"{len(sheets)} sheets, but the JSON lists no refused file")
        return 0
    if len(sheets) < 4:
        checker.fail(f"{len(failures)} failures in the JSON, but no sheet of refused files")
        return 0
    sheet = sheets[3]
    if sheet.title not in REFUSED_SHEETS:
        checker.fail(f"sheet 4 is {sheet.title!r}, expected one of {sorted(REFUSED_SHEETS)}")
    rows = rows_of(sheet)[1:]
    if len(rows) != len(failures):
        checker.fail(f"{sheet.title}: {len(rows)} rows, the JSON has {len(failures)} failures")
    for n, (row, failure) in enumerate(zip(rows, failures)):
        where = f"{sheet.title} row {n + 2}"
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
    sheets = workbook.worksheets
    if len(sheets) < 3:
        checker.fail(f"workbook has {len(sheets)} sheets, expected 3")
    units = check_ranking_sheet(sheets[0], tables, checker) if len(sheets) > 0 else 0
    if len(sheets) > 1:
        check_field_sheet(sheets[1], tables, checker)
    if len(sheets) > 2:
        check_statistics_sheet(sheets[2], tables, checker)
    refused = check_refused_sheet(sheets, ranking, checker)
    for message in checker.mismatches:
        print(f"mismatch: {message}", file=sys.stderr)
    read = min(len(sheets), 4 if refused else 3)
    print(
        f"xlsx check: {units} units, {len(tables)} tables, {refused} refused files, {read} sheets read, "
        f"{len(checker.mismatches)} mismatches"
    )
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
