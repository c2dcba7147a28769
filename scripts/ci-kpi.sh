#!/usr/bin/env bash
# CI checks of `par-score kpi` (issue 12): the sample records in every format and both
# definitions give the documented counts, verdicts, a merge into a submission that scores (with
# the other-definition warning), a refused malformed file, and a small par-bench --kpi run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)"
ps="$bin/par-score"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
records=Examples/records

expect_counts() { # file definition expected-json [extra args]
  local file=$1 definition=$2 expected=$3
  shift 3
  "$ps" kpi "$file" --period 2024 --definition "$definition" --format json "$@" --out "$out/k.json" 2> /dev/null
  python3 - "$out/k.json" "$expected" "$file" "$definition" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
got = {u["unit"]: [u["onTime"], u["denominator"]] for u in data["units"]}
want = json.loads(sys.argv[2])
assert got == want, f"{sys.argv[3]} {sys.argv[4]}: {got} != {want}"
assert data["leftOut"] == 3, data["leftOut"]
print(f"ok: {sys.argv[3]} under {sys.argv[4]}: {got}")
PY
}
vpcp='{"Sở Kế hoạch và Đầu tư": [73, 87], "Sở Tư pháp": [82, 103], "UBND xã Tân Phú": [70, 83]}'
completed='{"Sở Kế hoạch và Đầu tư": [64, 76], "Sở Tư pháp": [74, 82], "UBND xã Tân Phú": [56, 64]}'
for file in $records/ho-so-2024.csv $records/ho-so-2024.ndjson $records/ho-so-2024.xlsx; do
  expect_counts "$file" vpcp-766 "$vpcp"
  expect_counts "$file" completed-only "$completed"
done
expect_counts $records/xuat-mot-cua-2024.csv vpcp-766 "$vpcp" --mapping Definitions/mappings/mot-cua-tinh.json

for format in text json csv xlsx; do
  for definition in vpcp-766 completed-only; do
    "$ps" kpi $records/ho-so-2024.csv --period 2024 --definition "$definition" --format "$format" --out "$out/kpi-$definition.$format" 2> /dev/null
    "$ps" kpi $records/ho-so-2024.csv --period 2024-Q1 --definition "$definition" --format "$format" --lang en --out "$out/kpi-en.$format" 2> /dev/null
  done
  echo "ok: kpi --format $format ($(wc -c < "$out/kpi-vpcp-766.$format") bytes)"
done
grep -q "Khác biệt giữa vpcp-766" "$out/kpi-vpcp-766.text"
python3 - "$out" <<'PY'
import sys
try:
    import openpyxl
except ImportError:
    print("skip: openpyxl missing, kpi xlsx not opened"); sys.exit(0)
wb = openpyxl.load_workbook(f"{sys.argv[1]}/kpi-vpcp-766.xlsx")
ws = wb.worksheets[0]
header = [c.value for c in ws[3]]
assert ws["D2"].value == "Tiếp nhận trong kỳ", ws["D2"].value
rows = {r[0]: dict(zip(header, r)) for r in ws.iter_rows(min_row=4, values_only=True)}
assert rows["Sở Tư pháp"]["onTime"] == 82 and rows["Sở Tư pháp"]["onTimeDenominator"] == 103, rows["Sở Tư pháp"]
print(f"ok: kpi xlsx opens in openpyxl, sheets {wb.sheetnames}")
PY

"$ps" kpi $records/ho-so-2024.csv --period 2024 --verdicts "$out/verdicts.csv" --format json --out "$out/k.json" 2> /dev/null
grep -q 'HS-B03,Sở Tư pháp,DA_TRA_KET_QUA,dung_han,"đúng hạn: kết thúc 17/03 10:05, hẹn trả 14/03 17:00, trừ 3 ngày chờ bổ sung"' "$out/verdicts.csv"
grep -q 'HS-B04,Sở Tư pháp,DA_XU_LY_XONG,qua_han,quá hạn: 2 lần yêu cầu bổ sung' "$out/verdicts.csv"
echo "ok: verdicts ($(wc -l < "$out/verdicts.csv") lines)"

# Merge into a so-seeds submission, then score it: the typed value is kept, the others filled.
"$ps" template --framework so-seeds --year 2024 --out "$out/agency.json"
python3 - "$out/agency.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["unit"] = {"id": "so-tu-phap", "name": "Sở Tư pháp", "kind": "so"}
d["facts"]["tthc.onTime"] = 70
json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY
"$ps" kpi $records/ho-so-2024.csv --period 2024 --definition completed-only --merge "$out/agency.json" --out "$out/agency-2024.json" 2> /dev/null | grep -q "giữ nguyên tthc.onTime = 70"
python3 - "$out/agency-2024.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["facts"]["tthc.onTime"] == 70 and d["facts"]["tthc.resolved"] == 82, d["facts"]
assert d["factSources"]["tthc.resolved"]["definition"] == "completed-only"
print("ok: merge keeps the typed value and fills the others with factSources")
PY
"$ps" "$out/agency-2024.json" > /dev/null
"$ps" kpi $records/ho-so-2024.csv --period 2024 --merge "$out/agency.json" --overwrite --out "$out/agency-766.json" > /dev/null 2>&1
"$ps" "$out/agency-766.json" 2>&1 | grep -q "bộ tiêu chí cần completed-only"
echo "ok: scoring warns when a fact came from another definition"

# A malformed file is refused with its line and exit 65; a missing one with 66.
printf 'MaHoSo,DonViXuLy,NgayTiepNhan,TrangThaiHoSo\nHS-1,"Sở,2024-01-01,DA_TIEP_NHAN\n' > "$out/bad.csv"
set +e
"$ps" kpi "$out/bad.csv" --period 2024 > /dev/null 2> "$out/err.txt"; code=$?
"$ps" kpi "$out/none.csv" --period 2024 > /dev/null 2>&1; missing=$?
set -e
[ "$code" = 65 ] && grep -q "bad.csv:2" "$out/err.txt" && [ "$missing" = 66 ] || { echo "malformed/missing CSV: exit $code/$missing"; cat "$out/err.txt"; exit 1; }
echo "ok: malformed CSV refused (65) with its line, missing file 66"

# The benchmark's kpi section on a small count (the 1,000,000-record run is not for CI).
if [ -x "$(swift build -c release --show-bin-path)/par-bench" ]; then
  "$(swift build -c release --show-bin-path)/par-bench" --kpi 20000 --kpi-only --work "$out/bench" | grep -E "par-score kpi|script" | head -n 6
fi
echo "ok: kpi checks passed"
