#!/usr/bin/env bash
# CI for criteria tables: every framework of Criteria/ exported as CSV, xlsx and docx and imported
# back (the same framework, idempotent bytes, lints), the exports read by openpyxl and python-docx,
# `criteria diff` between frameworks of the same unit kind, and a diff with --rescore on Examples/
# against a constructed new version whose changed maxima must all be named.
#
# usage: scripts/ci-criteria-import.sh
#   PAR_SCORE  the par-score command (default: the debug build's binary, built if needed)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PAR_SCORE:-}" ]; then
    swift build -q --product par-score
    PAR_SCORE="$(swift build --show-bin-path)/par-score"
fi
python=python3
if ! "$python" -c 'import openpyxl, docx' 2>/dev/null; then
    venv="${TMPDIR:-/tmp}/parindex-venv"
    if ! "$venv/bin/python" -c 'import openpyxl, docx' 2>/dev/null; then
        echo "ci-criteria-import: installing openpyxl and python-docx into $venv" >&2
        python3 -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check openpyxl python-docx
    fi
    python="$venv/bin/python"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

count=0
for file in Criteria/*.json; do
    id=$(basename "$file" .json)
    "$PAR_SCORE" criteria export "$file" --format csv --out "$work/$id.csv" 2>/dev/null
    "$PAR_SCORE" criteria export "$file" --format xlsx --out "$work/$id.xlsx"
    "$PAR_SCORE" criteria export "$file" --format docx --out "$work/$id.docx"
    "$PAR_SCORE" criteria import "$work/$id.csv" --out "$work/$id.csv.json" 2>/dev/null
    "$PAR_SCORE" criteria import "$work/$id.xlsx" --out "$work/$id.xlsx.json" 2>/dev/null
    cmp "$work/$id.csv.json" "$work/$id.xlsx.json"
    # A second round trip gives the same bytes.
    "$PAR_SCORE" criteria export "$work/$id.csv.json" --format csv --out "$work/$id.2.csv" 2>/dev/null
    "$PAR_SCORE" criteria import "$work/$id.2.csv" --out "$work/$id.2.json" 2>/dev/null
    cmp "$work/$id.csv.json" "$work/$id.2.json"
    "$PAR_SCORE" criteria lint "$work/$id.csv.json" > /dev/null
    "$python" - "$file" "$work/$id.csv.json" "$work/$id.xlsx" "$work/$id.docx" <<'PY'
import json, sys, openpyxl, docx
original, imported, xlsx, docx_path = sys.argv[1:]
def nodes(path):
    out = {}
    def walk(n):
        title = n["title"] if isinstance(n["title"], str) else n["title"]["vi"]
        out[n["id"]] = (title, n["max"], n["provenance"]["status"], json.dumps(n.get("rule"), sort_keys=True))
        for c in n.get("children", []): walk(c)
    for f in json.load(open(path, encoding="utf-8"))["fields"]: walk(f)
    return out
a, b = nodes(original), nodes(imported)
assert a.keys() == b.keys(), f"{original}: nodes differ"
for k in a:
    assert a[k][:3] == b[k][:3], f"{original}: node {k} differs: {a[k][:3]} vs {b[k][:3]}"
wb = openpyxl.load_workbook(xlsx)
codes = [c.value for c in wb.worksheets[0]["A"][1:]]
assert codes == list(a.keys()), f"{xlsx}: codes differ from the framework's"
d = docx.Document(docx_path)
assert any(p.text == "PHỤ LỤC" for p in d.paragraphs), f"{docx_path}: no PHỤ LỤC"
assert [r.cells[0].text for r in d.tables[1].rows[1:-1]] == list(a.keys()), f"{docx_path}: codes differ"
PY
    count=$((count + 1))
done
echo "ok: $count frameworks exported as csv, xlsx and docx and imported back to the same framework"

# Every pair of frameworks for the same kind of unit can be compared.
pairs=0
for a in Criteria/*.json; do
    for b in Criteria/*.json; do
        [ "$a" \< "$b" ] || continue
        ka=$("$python" -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["unitKinds"]))' "$a")
        kb=$("$python" -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["unitKinds"]))' "$b")
        for k in $ka; do
            case " $kb " in *" $k "*)
                "$PAR_SCORE" criteria diff "$a" "$b" --format json > "$work/diff.json"
                "$python" -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/diff.json"
                pairs=$((pairs + 1)); break;;
            esac
        done
    done
done
echo "ok: $pairs pairs of frameworks of the same unit kind compared"

# A constructed new version of so-seeds: two maxima moved within 1.1, then rescored on Examples/.
"$python" - "$work/so-seeds.csv" "$work/so-v2.csv" <<'PY'
import sys, shutil
src, dst = sys.argv[1:]
rows = open(src, encoding="utf-8-sig").read()
old1 = ';"1,5";;"hạn: plan.issuedOn'
old2 = ';"2,5";;"bậc: plan.doneRate; >90–≤100: 2,5; 70–≤90: 1,25; <70: 0"'
assert old1 in rows and old2 in rows
rows = rows.replace(old1, ';2;;"hạn: plan.issuedOn').replace(old2, ';2;;"bậc: plan.doneRate; >90–≤100: 2; 70–≤90: 1; <70: 0"')
open(dst, "w", encoding="utf-8").write(rows)
shutil.copy(src[:-4] + ".khai-bao.csv", dst[:-4] + ".khai-bao.csv")
PY
"$PAR_SCORE" criteria import "$work/so-v2.csv" --out "$work/so-v2.json" 2>/dev/null
"$PAR_SCORE" criteria diff so-seeds "$work/so-v2.json" --rescore Examples > "$work/diff.txt"
grep -q 'điểm tối đa của 1.1.1 .*: 1,5 → 2' "$work/diff.txt"
grep -q 'điểm tối đa của 1.1.3 .*: 2,5 → 2' "$work/diff.txt"
grep -q 'Điểm tối đa thay đổi (2):' "$work/diff.txt"
for unit in "Sở Y tế" "Sở Giáo dục và Đào tạo" "Sở Kế hoạch và Đầu tư"; do
    grep -q "$unit (.*): chỉ số .* → .*, hạng .* → " "$work/diff.txt"
done
"$PAR_SCORE" criteria diff so-seeds "$work/so-v2.json" --rescore Examples --format md --lang en | grep -q '| Unit | Year | Index before'
echo "ok: criteria diff names every changed maximum; --rescore prints each unit of Examples/ before and after"
