#!/usr/bin/env bash
# Builds the DocC catalogs of ParIndexCore and ParIndexReports from their symbol graphs with the
# toolchain's docc and fails on any warning (a broken link, a missing symbol).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in ParIndexCore ParIndexReports; do
  mkdir -p "$work/$target-symbols"
  swift build -q --target "$target" --scratch-path .build-docc \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$work/$target-symbols"
  # Only the target's own symbols: its catalog links to the other's articles by name, not by link.
  find "$work/$target-symbols" -name '*.symbols.json' ! -name "$target.symbols.json" ! -name "$target@*.symbols.json" -delete
  docc convert "Sources/$target/$target.docc" --additional-symbol-graph-dir "$work/$target-symbols" \
    --fallback-display-name "$target" --fallback-bundle-identifier "org.parindex.$target" \
    --output-path "$work/$target.doccarchive" --analyze --warnings-as-errors > "$work/$target.log" 2>&1 || {
    cat "$work/$target.log"
    echo "docc: $target has warnings"
    exit 1
  }
  echo "ok: DocC catalog of $target builds without a warning"
done
