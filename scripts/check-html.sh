#!/usr/bin/env bash
# Checks the HTML ranking report: it is self-contained (inline SVG, no external resources),
# headless Chromium renders it to a non-blank screenshot, and printing gives a multi-page PDF.
#
#   scripts/check-html.sh            # uses `swift run -q par-score`
#   PAR_SCORE=.build/debug/par-score scripts/check-html.sh
#   KEEP=1 scripts/check-html.sh     # keep the temporary directory and print its path
set -euo pipefail
cd "$(dirname "$0")/.."

PAR_SCORE="${PAR_SCORE:-swift run -q par-score}"
tmp="$(mktemp -d)"
if [[ "${KEEP:-}" == "1" ]]; then
  echo "html check: files kept in $tmp" >&2
else
  trap 'rm -rf "$tmp"' EXIT
fi

fail() { echo "html check FAILED: $*" >&2; exit 1; }

# 1. Render the report.
# shellcheck disable=SC2086  # PAR_SCORE may be a command with arguments
$PAR_SCORE rank Examples --format html --out "$tmp/report.html" || fail "par-score rank exited with status $?"
[[ -s "$tmp/report.html" ]] || fail "no report written"
bytes=$(wc -c <"$tmp/report.html" | tr -d ' ')

# 2. Static checks.
grep -q '<svg' "$tmp/report.html" || fail "no inline <svg> chart"
grep -qi '<meta charset="utf-8">' "$tmp/report.html" || fail "no <meta charset=\"utf-8\">"
for pattern in 'http://' 'https://' 'src=' '<link' '@import' 'url(' '<script'; do
  if grep -qiF -- "$pattern" "$tmp/report.html"; then
    grep -niF -- "$pattern" "$tmp/report.html" | head -3 >&2
    fail "external resource or script found: $pattern"
  fi
done
# Every href must be an in-page anchor that exists.
if grep -oE 'href="[^"]*"' "$tmp/report.html" | grep -vqE '^href="#'; then
  fail "a link does not point into the page"
fi
missing=$( { grep -oE 'href="#[^"]*"' "$tmp/report.html" || true; } | sed -E 's/^href="#(.*)"$/\1/' | sort -u | while read -r id; do
  grep -qF "id=\"$id\"" "$tmp/report.html" || echo "$id"
done)
[[ -z "$missing" ]] || fail "links to missing anchors: $missing"

# 3. Headless Chromium.
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [[ -z "$browser" ]]; then
  command -v apt-get >/dev/null 2>&1 || fail "chromium is missing and apt-get is not available"
  echo "html check: installing chromium from Debian…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  browser=chromium
fi
chrome_flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
  --disable-dev-shm-usage --user-data-dir="$tmp/profile")

"$browser" "${chrome_flags[@]}" --screenshot="$tmp/report.png" --window-size=1240,1754 \
  "file://$tmp/report.html" >"$tmp/chromium.log" 2>&1 || { cat "$tmp/chromium.log" >&2; fail "chromium could not take a screenshot"; }
[[ -s "$tmp/report.png" ]] || { cat "$tmp/chromium.log" >&2; fail "no screenshot written"; }

# 4. The screenshot must not be blank (PNG decoded with the standard library only).
shot=$(python3 - "$tmp/report.png" <<'PY'
import struct, sys, zlib

path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("not a PNG")
pos, idat, width, height, depth, ctype, interlace = 8, [], 0, 0, 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat.append(body)
    elif kind == b"IEND":
        break
    pos += 12 + length
if depth != 8 or ctype not in (2, 6) or interlace:
    sys.exit(f"unsupported PNG: depth {depth}, colour type {ctype}, interlace {interlace}")
channels = 3 if ctype == 2 else 4
stride = width * channels
raw = zlib.decompress(b"".join(idat))
previous = bytearray(stride)
colours, counts, edge, i = set(), {}, {}, 0
for _ in range(height):
    kind = raw[i]
    line = bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    if kind == 1:
        for x in range(channels, stride):
            line[x] = (line[x] + line[x - channels]) & 255
    elif kind == 2:
        for x in range(stride):
            line[x] = (line[x] + previous[x]) & 255
    elif kind == 3:
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            line[x] = (line[x] + ((left + previous[x]) >> 1)) & 255
    elif kind == 4:
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            line[x] = (line[x] + predictor) & 255
    row = bytes(line)
    edge[row[0:3]] = edge.get(row[0:3], 0) + 1
    for x in range(0, stride, channels):
        pixel = row[x:x + 3]
        counts[pixel] = counts.get(pixel, 0) + 1
    previous = line
colours = set(counts)
# "Non-white" leaves out white and the backdrop around the page (the commonest colour of the left edge).
backdrop = max(edge, key=edge.get)
blank = counts.get(b"\xff\xff\xff", 0) + (counts.get(backdrop, 0) if backdrop != b"\xff\xff\xff" else 0)
share = 100.0 * (width * height - blank) / (width * height)
print(f"{width} {height} {share:.1f} {len(colours)}")
PY
) || fail "could not read the screenshot"
read -r width height share colours <<<"$shot"
python3 -c "import sys; sys.exit(0 if float('$share') > 2 and int('$colours') > 8 else 1)" \
  || fail "screenshot looks blank: $share % non-white, $colours colours"

# 5. Optional: print to PDF and count pages.
pdf_note=""
if "$browser" "${chrome_flags[@]}" --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" \
    "file://$tmp/report.html" >>"$tmp/chromium.log" 2>&1 && [[ -s "$tmp/report.pdf" ]]; then
  if command -v pdfinfo >/dev/null 2>&1; then
    pages=$(pdfinfo "$tmp/report.pdf" | awk '/^Pages:/ { print $2 }')
    [[ "${pages:-0}" -gt 1 ]] || fail "the PDF has ${pages:-0} page(s), expected more than 1"
    size=$(pdfinfo "$tmp/report.pdf" | awk -F': *' '/^Page size:/ { print $2 }')
    pdf_note=", pdf $pages pages ($size)"
  else
    pdf_note=", pdf written (pdfinfo not installed, pages not counted)"
  fi
else
  pdf_note=", pdf skipped (print-to-pdf failed)"
fi

echo "html check: $bytes bytes, svg ok, no external resources, screenshot ${width}x${height}, $share % non-white, $colours colours$pdf_note"
