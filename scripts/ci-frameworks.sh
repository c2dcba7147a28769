#!/usr/bin/env bash
# CI for the frameworks of every level (766, xa-2025, tinh-876-2022, tinh-892-2024, bo-876-2022):
# lint every framework, check each new one independently (sums, provenance, quotes against the
# seeds and the reference when ../shared is there), count "official" against the reference, score
# every new example, rank the commune folder, and compare every total and rank with an independent
# exact scorer (scripts/frameworks/score_check.py).
set -euo pipefail
cd "$(dirname "$0")/.."

par_score=(swift run -q par-score)
if [ -n "${PAR_SCORE:-}" ]; then par_score=("$PAR_SCORE"); fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"${par_score[@]}" criteria lint Criteria/*.json | tail -n 5

quotes=()
[ -d ../shared/seeds ] && quotes+=(--seeds ../shared/seeds)
[ -d ../shared/reference ] && quotes+=(--seeds ../shared/reference)
check() {  # framework, examples...
  local framework=$1
  shift
  python3 scripts/check-criteria-sums.py "Criteria/$framework.json" ${quotes[@]+"${quotes[@]}"} --strict "$@" | tail -n 1
}
check vpcp-766-tinh Examples/vpcp-766-so-*.json
check vpcp-766-xa Examples/vpcp-766-xa-*.json
check xa-2025 Examples/xa-2025-*.json Tests/Fixtures/communes-2025/*.json
check tinh-876-2022 Examples/tinh-876-2022-*.json
check tinh-892-2024 Examples/tinh-892-2024-*.json
check bo-876-2022 Tests/Fixtures/ministries-2023/*.json

# "official" only where the reference confirms the number (par-index.md §2, qd766.md §1).
for expected in vpcp-766-tinh:5 vpcp-766-xa:5 xa-2025:0 tinh-876-2022:4 tinh-892-2024:5 bo-876-2022:1 tinh-2948-2017:8 so-seeds:0; do
  id=${expected%%:*}
  want=${expected##*:}
  got=$(grep -c '"official"' "Criteria/$id.json" || true)
  if [ "$got" != "$want" ]; then
    echo "error: Criteria/$id.json has $got \"official\" lines, the reference confirms $want" >&2
    exit 1
  fi
done
echo "ok: \"official\" counts match the reference"

new_examples=(Examples/vpcp-766-*.json Examples/xa-2025-*.json Examples/tinh-876-2022-*.json Examples/tinh-892-2024-*.json)
for example in "${new_examples[@]}"; do
  "${par_score[@]}" "$example" > /dev/null
  "${par_score[@]}" "$example" --format json --lang en > /dev/null
  echo "ok: $example"
done
"${par_score[@]}" rank Tests/Fixtures/communes-2025 | head -n 10
"${par_score[@]}" rank Tests/Fixtures/communes-2025 "${new_examples[@]}" --format json --out "$out/ranking.json"
python3 scripts/frameworks/score_check.py Criteria "$out/ranking.json" Tests/Fixtures/communes-2025/*.json "${new_examples[@]}"
"${par_score[@]}" rank Examples/tinh-892-2024-minh-hoa-vi-du-2024.json --previous Examples/tinh-876-2022-minh-hoa-vi-du-2023.json | sed -n 4,5p

# The generators reproduce the committed files byte for byte.
for generator in vpcp766 xa2025 provinces examples766 communes2025; do
  (cd scripts/frameworks && python3 "$generator.py" > /dev/null)
done
if ! git diff --quiet -- Criteria Examples Tests/Fixtures/communes-2025; then
  git diff --stat -- Criteria Examples Tests/Fixtures/communes-2025 >&2
  echo "error: scripts/frameworks/*.py do not reproduce the committed frameworks and examples" >&2
  exit 1
fi
echo "ok: the generators reproduce the committed frameworks and examples"
