#!/usr/bin/env bash
# Checks the xlsx ranking against the JSON ranking of Examples/, in Vietnamese and English:
# every unit's rank, total, index and field points must be numbers equal to the JSON's.
#
# usage: scripts/check-xlsx.sh
#   PAR_SCORE  the par-score command (default: swift run -q par-score); nothing is built here
#              beyond what `swift run` does.
# openpyxl is used when importable, otherwise installed into ${TMPDIR:-/tmp}/parindex-venv.
set -euo pipefail

cd "$(dirname "$0")/.."

python=python3
if ! "$python" -c 'import openpyxl' 2>/dev/null; then
    venv="${TMPDIR:-/tmp}/parindex-venv"
    if ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
        echo "check-xlsx: installing openpyxl into $venv" >&2
        python3 -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check openpyxl
    fi
    python="$venv/bin/python"
fi

# PAR_SCORE may be a command with arguments ("swift run -q par-score"): split it into words.
read -r -a par_score <<< "${PAR_SCORE:-swift run -q par-score}"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/parindex-xlsx.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

status=0
for lang in vi en; do
    "${par_score[@]}" rank Examples --format json --scorecards --lang "$lang" > "$tmp/ranking-$lang.json"
    "${par_score[@]}" rank Examples --format xlsx --lang "$lang" --out "$tmp/ranking-$lang.xlsx"
    echo "[$lang]"
    "$python" scripts/check_xlsx.py "$tmp/ranking-$lang.xlsx" "$tmp/ranking-$lang.json" || status=1
done

# With refused files: the sheet "Tệp bị loại" lists each of their errors. rank exits 1 then.
mkdir -p "$tmp/broken"
printf '{' > "$tmp/broken/truncated.json"
printf '{"formatVersion": 1, "framework": "so-seeds", "year": 2020, "comments": 1}' > "$tmp/broken/unknown-key.json"
for lang in vi en; do
    for format in json xlsx; do
        code=0
        "${par_score[@]}" rank Examples "$tmp/broken" --format "$format" --lang "$lang" --out "$tmp/refused-$lang.$format" 2> /dev/null || code=$?
        if [ "$code" -ne 1 ]; then
            echo "check-xlsx: rank with refused files exited $code, expected 1" >&2
            status=1
        fi
    done
    echo "[$lang, refused files]"
    "$python" scripts/check_xlsx.py "$tmp/refused-$lang.xlsx" "$tmp/refused-$lang.json" || status=1
done
exit "$status"
