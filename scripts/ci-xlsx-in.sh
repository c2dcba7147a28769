#!/usr/bin/env bash
# The Excel form round trip (issue 11) on every shipped framework, as CI runs it:
#   the template (par-score template --format xlsx), filled with openpyxl as a person would
#   (scripts/xlsx-form.py), and the same form re-saved by LibreOffice headless, must score to the
#   same JSON, byte for byte, as the equivalent JSON submission (file names aside); convert must
#   give the same canonical JSON both ways; the hostile workbooks corpus must be what its script
#   writes. Installs openpyxl (pip) and LibreOffice Calc (apt-get) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PAR_SCORE="${PAR_SCORE:-$(swift build --show-bin-path)/par-score}"
[ -x "$PAR_SCORE" ] || swift build --product par-score
export PAR_CRITERIA="$PWD/Criteria"

if ! python3 -c "import openpyxl" 2>/dev/null; then
    python3 -m pip install --quiet openpyxl 2>/dev/null || python3 -m pip install --quiet --break-system-packages openpyxl
fi
if ! command -v soffice >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui) >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lo" "$work/home"

# The scoring output of FILE in JSON, with FILE's name replaced so that a form and a JSON file compare.
scored() {
    "$PAR_SCORE" "$1" --format json | python3 -c 'import sys; sys.stdout.write(sys.stdin.read().replace(sys.argv[1], "FILE"))' "$1"
}

pairs=()
for criteria in Criteria/*.json; do
    id="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$criteria")"
    year="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["years"]["to"])' "$criteria")"
    python3 scripts/xlsx-form.py submission "$criteria" "$year" > "$work/$id.json"
    "$PAR_SCORE" template --framework "$id" --year "$year" --format xlsx --out "$work/$id.template.xlsx"
    pairs+=("$id")
done
# The bundled examples too (so-seeds, real data).
for example in Examples/*.json; do
    name="$(basename "$example" .json)"
    cp "$example" "$work/$name.json"
    id="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["framework"])' "$example")"
    year="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["year"])' "$example")"
    "$PAR_SCORE" template --framework "$id" --year "$year" --format xlsx --out "$work/$name.template.xlsx"
    pairs+=("$name")
done

forms=()
for name in "${pairs[@]}"; do
    python3 scripts/xlsx-form.py fill "$work/$name.template.xlsx" "$work/$name.json" "$work/$name.xlsx"
    forms+=("$work/$name.xlsx")
done
# One LibreOffice run re-saves every form.
HOME="$work/home" soffice --headless --convert-to xlsx --outdir "$work/lo" "${forms[@]}" >/dev/null 2>&1
count=0
for name in "${pairs[@]}"; do
    expected="$(scored "$work/$name.json")"
    [ "$(scored "$work/$name.xlsx")" == "$expected" ] || { echo "ci-xlsx-in: $name: the openpyxl form scores differently" >&2; exit 1; }
    [ -f "$work/lo/$name.xlsx" ] || { echo "ci-xlsx-in: LibreOffice did not re-save $name.xlsx" >&2; exit 1; }
    [ "$(scored "$work/lo/$name.xlsx")" == "$expected" ] || { echo "ci-xlsx-in: $name: the LibreOffice form scores differently" >&2; exit 1; }
    "$PAR_SCORE" convert "$work/$name.json" --to json --out "$work/$name.canonical.json"
    "$PAR_SCORE" convert "$work/lo/$name.xlsx" --to json --out "$work/$name.from-form.json"
    cmp -s "$work/$name.canonical.json" "$work/$name.from-form.json" || { echo "ci-xlsx-in: $name: convert --to json differs" >&2; exit 1; }
    "$PAR_SCORE" convert "$work/$name.json" --to xlsx --out "$work/$name.converted.xlsx"
    [ "$(scored "$work/$name.converted.xlsx")" == "$expected" ] || { echo "ci-xlsx-in: $name: convert --to xlsx scores differently" >&2; exit 1; }
    count=$((count + 1))
done
echo "ok: $count forms (every framework and example) score the same from JSON, openpyxl, LibreOffice and convert"

python3 scripts/make-xlsx-corpus.py "$work/corpus"
diff -r "$work/corpus" Tests/Fixtures/corpus-xlsx >/dev/null || { echo "ci-xlsx-in: Tests/Fixtures/corpus-xlsx is not what scripts/make-xlsx-corpus.py writes" >&2; exit 1; }
while IFS=$'\t' read -r file code fragment; do
    case "$file" in "#"*) continue ;; esac
    set +e
    message="$("$PAR_SCORE" --lang en "Tests/Fixtures/corpus-xlsx/$file" 2>&1 >/dev/null)"
    status=$?
    set -e
    [ "$status" == "$code" ] && [[ "$message" == *"$file"* ]] && [[ "$message" == *"$fragment"* ]] \
        || { echo "ci-xlsx-in: $file: exit $status: $message" >&2; exit 1; }
done < Tests/Fixtures/corpus-xlsx/expected.tsv
echo "ok: every hostile workbook is refused with exit 65 and a message naming it"
