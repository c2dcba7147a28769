#!/usr/bin/env bash
# Checks of the print-ready ranking (issue 13, parts 4–7) with real readers:
# - a 30-unit province ranking as .xlsx, read back by openpyxl (numbers, print settings, sheets)
#   and converted to PDF by LibreOffice (A4 landscape pages, the header row and the page number
#   on every page, every unit once on the ranking pages, no blank page, no file path);
# - --csv-dialect vi read by Python's csv module and by LibreOffice set to Vietnamese (numbers);
# - the same unit twice refused naming both files (exit 1); --lineage gives a renamed unit its change.
#
# usage: scripts/ci-ranking-print.sh      PAR_SCORE: the par-score command (default: swift run -q par-score)
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a par_score <<< "${PAR_SCORE:-swift run -q par-score}"
python=python3
if ! "$python" -c 'import openpyxl' 2>/dev/null; then
    venv="${TMPDIR:-/tmp}/parindex-venv"
    if ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
        python3 -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check openpyxl
    fi
    python="$venv/bin/python"
fi
if ! command -v soffice > /dev/null; then
    echo "ci-ranking-print: installing LibreOffice Calc" >&2
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq > /dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libreoffice-calc-nogui poppler-utils > /dev/null
fi
command -v pdftotext > /dev/null || { echo "ci-ranking-print: pdftotext (poppler-utils) is missing" >&2; exit 1; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/parindex-print.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
soffice_() { soffice "-env:UserInstallation=file://$tmp/profile" --headless "$@" > /dev/null 2>&1; }

# 30 departments of one province, each name ending in the province as in the issue's example.
"$python" scripts/make-province.py Examples/so-y-te-dak-nong-2020.json "$tmp/units" --count 30 --province "Thái Bình"

echo "[xlsx: 30 units, issuer header]"
"${par_score[@]}" rank "$tmp/units" --format json --scorecards > "$tmp/ranking.json"
"${par_score[@]}" rank "$tmp/units" --format xlsx --issuer Examples/issuer/so-noi-vu-dak-nong.issuer.json --out "$tmp/ranking.xlsx"
"$python" scripts/check_xlsx.py "$tmp/ranking.xlsx" "$tmp/ranking.json"
(cd "$tmp" && soffice_ --convert-to pdf ranking.xlsx)
"$python" - "$tmp/ranking.pdf" "$tmp/ranking.json" <<'PY'
import json, re, subprocess, sys
pdf, ranking = sys.argv[1], json.load(open(sys.argv[2]))
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
assert abs(float(size.group(1)) - 841.89) < 1 and abs(float(size.group(2)) - 595.28) < 1, f"not A4 landscape: {size.group(0)}"
texts = [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True, check=True).stdout
         for p in range(1, pages + 1)]
ids = [u["id"] for t in ranking["tables"] for u in t["units"]]
for number, text in enumerate(texts, 1):
    assert f"Trang {number}/{pages}" in text, f"page {number}: no page number"
    assert "UBND TỈNH ĐẮK NÔNG" in text and "Kèm theo Quyết định" in text, f"page {number}: no issuer header"
    body = [line for line in text.splitlines() if line.strip()]
    assert len(body) > 4, f"page {number} is blank"
    assert re.search(r"\bHạng\b|Chỉ tiêu", text), f"page {number}: no header row"
    assert ".json" not in text and "/tmp" not in text, f"page {number}: a file path is printed"
# The ranking sheet prints first, up to the sheet by field (its maxima row).
end = next(n for n, text in enumerate(texts) if "Điểm tối đa" in text)
ranking_text = "\n".join(texts[:end])
for unit_id in ids:
    found = re.findall(rf"(?<![\w.]){re.escape(unit_id)}(?![\w.-])", ranking_text)
    assert len(found) == 1, f"{unit_id} is {len(found)} times on the ranking pages"
assert "— Thái Bình" not in ranking_text, "the province suffix shared by every unit is printed"
print(f"ok: {pages} A4 landscape pages, page number, issuer and header row on each, every one of {len(ids)} units once on the {end} ranking page(s)")
PY

echo "[csv --csv-dialect vi]"
"${par_score[@]}" rank "$tmp/units" --format csv --csv-dialect vi --out "$tmp/ranking.csv"
"$python" - "$tmp/ranking.csv" "$tmp/ranking.json" <<'PY'
import csv, json, sys
from decimal import Decimal
class Vi(csv.excel):
    delimiter = ";"
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, "BOM and CRLF"
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), Vi))
units = [u for t in json.load(open(sys.argv[2]))["tables"] for u in t["units"]]
col = {name: i for i, name in enumerate(rows[0])}
assert len(rows) - 1 == len(units) == 30
for row, unit in zip(rows[1:], units):
    assert Decimal(row[col["Chỉ số (%)"]].replace(",", ".")) == Decimal(str(unit["indexRounded"])).quantize(Decimal("0.01"))
print("ok: python csv reads 30 units, decimal commas")
PY
(cd "$tmp" && soffice_ --infilter="CSV:59,34,76,1,,1066" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir csv ranking.csv)
"$python" - "$tmp/csv/ranking.xlsx" <<'PY'
import openpyxl, sys
rows = list(openpyxl.load_workbook(sys.argv[1]).active.iter_rows(values_only=True))
col = {name: i for i, name in enumerate(rows[0])}
numbers = [row[col["Chỉ số (%)"]] for row in rows[1:]]
assert all(isinstance(v, (int, float)) for v in numbers), numbers[:3]
print(f"ok: LibreOffice (vi-VN) reads {len(numbers)} indices as numbers")
PY

echo "[a unit twice; lineage]"
cp "$tmp/units/u07.json" "$tmp/units/u07-copy.json"
code=0
"${par_score[@]}" rank "$tmp/units" --lang en > /dev/null 2> "$tmp/twice.err" || code=$?
[ "$code" -eq 1 ] || { echo "rank with a unit twice exited $code, expected 1" >&2; exit 1; }
grep -q "u07.json: error: \$: unit .* is also in .*u07-copy.json" "$tmp/twice.err"
grep -q "u07-copy.json: error: \$: unit .* is also in .*u07.json" "$tmp/twice.err"
echo "ok: the same unit twice exits 1 naming both files"
rm "$tmp/units/u07-copy.json"
# "This year": the same files (the years need not differ), tb.u03 renamed and doing better.
cp -r "$tmp/units" "$tmp/current"
sed -i 's/"id": "tb.u03"/"id": "tb.u03-moi"/; s/"plan.tasksDone": [0-9]*/"plan.tasksDone": 64/' "$tmp/current/u03.json"
printf '{"formatVersion": 1, "kind": "lineage", "units": [{"from": ["tb.u03"], "to": "tb.u03-moi"}]}\n' > "$tmp/lineage.json"
"${par_score[@]}" rank "$tmp/current" --previous "$tmp/units" --lineage "$tmp/lineage.json" --format json --lang en > "$tmp/yoy.json" 2> "$tmp/yoy.err"
"$python" - "$tmp/yoy.json" "$tmp/yoy.err" <<'PY'
import json, sys
units = [u for t in json.load(open(sys.argv[1]))["tables"] for u in t["units"]]
renamed = next(u for u in units if u["id"] == "tb.u03-moi")
assert renamed["previous"] is not None and renamed["previous"]["indexChange"] > 0, renamed["previous"]
assert "has no result" not in open(sys.argv[2]).read()
print(f"ok: a renamed unit keeps its comparison through --lineage (index change {renamed['previous']['indexChange']})")
PY
