#!/usr/bin/env bash
# Checks that the library example of README.md ("Using the library") and the code blocks of the
# DocC article UsingTheLibrary.md are the code of the adopter package in Examples/adopter, then
# builds that package against this checkout, as an adopter would, and runs it.
#
# An adopter depends on ParIndex by path, and SwiftPM names a path dependency after its folder:
# `.product(name: "ParIndexCore", package: "ParIndex")` needs the checkout in a folder named
# ParIndex. So the adopter is copied into a temporary folder beside a symlink named ParIndex that
# points to this checkout, whatever the checkout's own folder is called, and is built there with
# its own scratch path (nothing is written in the checkout).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"
adopter=Examples/adopter

python3 - "$adopter" <<'PY'
import difflib, re, sys
adopter = sys.argv[1]
package = open(f"{adopter}/Package.swift", encoding="utf-8").read()
main = open(f"{adopter}/Sources/adopter/main.swift", encoding="utf-8").read()

def blocks(text):
    return [m.group(1) for m in re.finditer(r"^```swift\n(.*?)^```$", text, re.S | re.M)]

def same(name, expected, actual):
    if expected == actual:
        return True
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), name, "README.md"))
    return False

readme = open("README.md", encoding="utf-8").read()
section = re.search(r"^## Using the library\n(.*?)(?=^## )", readme, re.S | re.M)
if not section:
    sys.exit("README.md has no section \"## Using the library\"")
found = blocks(section.group(1))
if len(found) != 2:
    sys.exit(f"README.md, Using the library: expected 2 swift blocks (Package.swift, main.swift), found {len(found)}")
ok = same(f"{adopter}/Package.swift", package, found[0]) & same(f"{adopter}/Sources/adopter/main.swift", main, found[1])

article = "Sources/ParIndexCore/ParIndexCore.docc/UsingTheLibrary.md"
code = blocks(open(article, encoding="utf-8").read())
if not code:
    sys.exit(f"{article}: no swift blocks")
for number, block in enumerate(code, 1):
    if block not in package and block not in main:
        print(f"{article}: swift block {number} is not in {adopter}/Package.swift or main.swift:\n{block}")
        ok = False
if not ok:
    sys.exit(1)
print(f"ok: README.md and {len(code)} blocks of {article} are the code of {adopter}")
PY

work="${TMPDIR:-/tmp}/par-adopter-$(printf '%s' "$root" | cksum | cut -d' ' -f1)"
mkdir -p "$work"
ln -sfn "$root" "$work/ParIndex"
rm -rf "$work/adopter"
mkdir "$work/adopter"
cp "$adopter/Package.swift" "$work/adopter/"
cp -R "$adopter/Sources" "$work/adopter/"
swift build --package-path "$work/adopter" --scratch-path "$work/.build"
"$work/.build/debug/adopter" > "$work/output.txt"
cat "$work/output.txt"
grep -qx 'true' "$work/output.txt" || { echo "adopter: the submission did not survive encode and decode"; exit 1; }
grep -q '^1 Sở Y tế 81.01$' "$work/output.txt" || { echo "adopter: the ranking of Examples/ is not the expected one"; exit 1; }
echo "ok: the adopter package builds against ParIndex (checkout folder: $(basename "$root")) and runs"
