#!/usr/bin/env bash
# Issue 11, parts 4 and 5: every leaf of every shipped framework is shown by `criteria show` with
# its rule in words (text and JSON), and the messages of the issue's "Why" each name their fix.
set -euo pipefail
cd "$(dirname "$0")/.."
PAR_SCORE="${PAR_SCORE:-$(swift build --show-bin-path)/par-score}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for file in Criteria/*.json; do
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$file")
  "$PAR_SCORE" criteria show "$id" > "$work/$id.txt"
  "$PAR_SCORE" criteria show "$id" --format json > "$work/$id.json"
  python3 - "$file" "$work/$id.txt" "$work/$id.json" <<'PY'
import json, sys
framework = json.load(open(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read().split("\n")
shown = json.load(open(sys.argv[3]))
def leaves(nodes):
    for n in nodes:
        if "rule" in n: yield n
        yield from leaves(n.get("children", []))
ids = [n["id"] for n in leaves(framework["fields"])]
rules = {n["id"]: n["rule"] for n in leaves(shown["fields"])}
for leaf in ids:
    at = next((i for i, line in enumerate(text) if line.strip().startswith(leaf + "  ")), None)
    assert at is not None, f"{framework['id']}: leaf {leaf} not shown"
    assert text[at + 1].strip().startswith("Cách chấm: ") and len(text[at + 1].strip()) > 20, f"{leaf}: {text[at + 1]}"
    assert rules[leaf]["text"]["vi"] and rules[leaf]["text"]["en"], f"{leaf}: no rule in words in the JSON"
print(f"ok: {framework['id']}: {len(ids)} leaves shown with their rule in words")
PY
done

# The "Why" of the issue, as a new user typed it: each message names the fix.
example=Examples/so-y-te-dak-nong-2020.json
check() { # name, sed expression, expected words (Vietnamese)
  sed "$2" "$example" > "$work/agency.json"
  if "$PAR_SCORE" validate "$work/agency.json" > "$work/out" 2> "$work/err"; then
    echo "FAIL: $1 was accepted"; exit 1
  fi
  grep -qF -- "$3" "$work/err" || { echo "FAIL: $1: no \"$3\" in:"; cat "$work/err"; exit 1; }
  echo "ok: $1 → $3"
}
check "raw comma decimal" 's/"finance.investmentAllocated": 85400/"finance.investmentAllocated": 41830,5/' "dùng dấu chấm thập phân: 41830.5"
check "percentage for a count" 's/"tthc.onTime": 1240/"tthc.onTime": "96,5%"/' "không nhập tỷ lệ phần trăm"
check "quotes from Word" 's/"tthc.onTime": 1240/“tthc.onTime”: 1240/' "dấu ngoặc kiểu Word “"
check "misspelt fact" 's/"tthc.onTime": 1240/"tthc.onTme": 1240/' 'có phải "tthc.onTime"'
sed '/"tthc.early"/d' "$example" > "$work/missing.json"
"$PAR_SCORE" validate "$work/missing.json" | grep -qF "mất 2,5 điểm" || { echo "FAIL: no points lost"; exit 1; }
if "$PAR_SCORE" validate "$work/missing.json" --strict > /dev/null 2>&1; then echo "FAIL: --strict accepted a missing fact"; exit 1; fi
"$PAR_SCORE" validate Examples > /dev/null
echo "ok: missing fact costs points, --strict refuses it, validate takes a folder"
