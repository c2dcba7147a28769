#!/usr/bin/env bash
# The printed reports of a 30-unit ranking, as an official prints them: the Word appendix and one
# unit's appraisal record (LibreOffice to PDF), the one-page HTML brief, the full HTML report and
# one unit's HTML scorecard (Chromium to PDF); scripts/check_official.py reads the PDFs.
#
#   PAR_SCORE=.build/debug/par-score scripts/ci-docx.sh
#   KEEP=1 scripts/ci-docx.sh    # keep the temporary folder and print its path
set -euo pipefail
cd "$(dirname "$0")/.."
PAR_SCORE="${PAR_SCORE:-$(swift build --show-bin-path)/par-score}"
tmp="$(mktemp -d)"
if [[ "${KEEP:-}" == "1" ]]; then echo "docx check: files kept in $tmp" >&2; else trap 'rm -rf "$tmp"' EXIT; fi
fail() { echo "docx check FAILED: $*" >&2; exit 1; }

# Readers: python-docx and pypdf (pip), LibreOffice Writer and poppler (apt-get), Chromium.
if ! python3 -c "import docx, pypdf" 2>/dev/null; then
  python3 -m pip install --quiet python-docx pypdf 2>/dev/null || python3 -m pip install --quiet --break-system-packages python-docx pypdf
fi
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
[[ -n "$browser" ]] || { missing+=(chromium); browser=chromium; }
if ((${#missing[@]})); then
  echo "docx check: installing ${missing[*]}…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A 30-unit ranking of 2021 with last year's (2020) for the changes.
python3 scripts/make-docx-corpus.py "$tmp/2021" --year 2021 >/dev/null
python3 scripts/make-docx-corpus.py "$tmp/2020" --year 2020 --seed 2 >/dev/null
issuer=Examples/issuer/so-noi-vu-dak-nong.issuer.json
unit="$tmp/2021/unit-07.json"
rank=("$PAR_SCORE" rank "$tmp/2021" --previous "$tmp/2020" --issuer "$issuer")
"${rank[@]}" --format json --out "$tmp/ranking.json" || fail "rank --format json"
"${rank[@]}" --format docx --out "$tmp/appendix.docx" || fail "rank --format docx"
"${rank[@]}" --format html --out "$tmp/full.html" || fail "rank --format html"
"${rank[@]}" --summary --format html --out "$tmp/brief.html" || fail "rank --summary --format html"
"$PAR_SCORE" "$unit" --format docx --issuer "$issuer" --out "$tmp/record.docx" || fail "par-score --format docx"
"$PAR_SCORE" "$unit" --format html --issuer "$issuer" --out "$tmp/unit.html" || fail "par-score --format html"
"$PAR_SCORE" "$unit" --format json --out "$tmp/unit.json" || fail "par-score --format json"

# To PDF.
soffice --headless -env:UserInstallation="file://$tmp/lo-profile" --convert-to pdf --outdir "$tmp" \
  "$tmp/appendix.docx" "$tmp/record.docx" >"$tmp/soffice.log" 2>&1 || { cat "$tmp/soffice.log" >&2; fail "LibreOffice could not convert"; }
for name in brief full unit; do
  timeout 300 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage --no-pdf-header-footer \
    --user-data-dir="$tmp/chromium-profile" --print-to-pdf="$tmp/$name.pdf" "file://$tmp/$name.html" >"$tmp/chromium.log" 2>&1 ||
    { cat "$tmp/chromium.log" >&2; fail "Chromium could not print $name.html"; }
done
for name in appendix record brief full unit; do [[ -s "$tmp/$name.pdf" ]] || fail "no $name.pdf"; done

python3 scripts/check_official.py "$tmp"
