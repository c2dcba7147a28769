#!/usr/bin/env bash
# Checks the HTML page of `par-score plan status`: self-contained (no scripts, no external
# resources; links only to the documents a task produced), rendered by headless Chromium to a
# screenshot that is not blank, and printed to a PDF of A4 pages.
#
#   scripts/check-plan-html.sh
#   PAR_SCORE=.build/debug/par-score scripts/check-plan-html.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PAR_SCORE="${PAR_SCORE:-swift run -q par-score}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "plan html check FAILED: $*" >&2; exit 1; }

plan=Examples/plans/so-y-te-dak-nong-2020.plan.json
# shellcheck disable=SC2086  # PAR_SCORE may be a command with arguments
$PAR_SCORE plan status "$plan" --progress Examples/plans/so-y-te-dak-nong-2020-h1.progress.json \
  --progress Examples/plans/so-y-te-dak-nong-2020-q3.progress.json --format html --out "$tmp/status.html" \
  || fail "par-score plan status exited with status $?"
[[ -s "$tmp/status.html" ]] || fail "no page written"
for pattern in 'src=' '<link' '@import' 'url(' '<script'; do
  if grep -qiF -- "$pattern" "$tmp/status.html"; then fail "external resource or script found: $pattern"; fi
done
grep -q 'class="timeline"' "$tmp/status.html" || fail "no quarter-by-quarter timeline"
grep -q '@page { size: A4' "$tmp/status.html" || fail "no A4 page size"

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [[ -z "$browser" ]]; then
  echo "plan html check: no Chromium; static checks only" >&2
  exit 0
fi
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-dev-shm-usage --user-data-dir="$tmp/profile")
"$browser" "${flags[@]}" --screenshot="$tmp/status.png" --window-size=1240,1754 "file://$tmp/status.html" >"$tmp/log" 2>&1 \
  || { cat "$tmp/log" >&2; fail "chromium could not take a screenshot"; }
png=$(wc -c <"$tmp/status.png" | tr -d ' ')
[[ "$png" -gt 20000 ]] || fail "the screenshot looks blank ($png bytes)"
pdf_note=""
if "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/status.pdf" "file://$tmp/status.html" >>"$tmp/log" 2>&1 \
  && command -v pdfinfo >/dev/null 2>&1; then
  pages=$(pdfinfo "$tmp/status.pdf" | awk '/^Pages:/ { print $2 }')
  size=$(pdfinfo "$tmp/status.pdf" | awk -F': *' '/^Page size:/ { print $2 }')
  [[ "${pages:-0}" -gt 1 ]] || fail "the PDF has ${pages:-0} page(s)"
  [[ "$size" == *"(A4)"* ]] || fail "the PDF pages are $size, not A4"
  pdf_note=", pdf $pages pages ($size)"
fi
echo "plan html check: $(wc -c <"$tmp/status.html" | tr -d ' ') bytes, self-contained, screenshot $png bytes$pdf_note"
