#!/usr/bin/env bash
# End-to-end: real mermaid-cli (pinned in tests/mermaid/package-lock.json) with Debian's
# chromium renders what fib-modelgen prints as Mermaid, and each result is a picture, not
# mermaid's error diagram: an SVG flowchart with one node per module (or per changed
# module) and no syntax-error text. A few models only, to stay fast.
# Exit 77 (skipped) when chromium or mermaid-cli is missing: run scripts/setup.sh --e2e.
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mmdc="$here/node_modules/.bin/mmdc"
chromium=$(sed -n 's/.*"executablePath": "\(.*\)".*/\1/p' "$here/puppeteer.json")
if [[ ! -x "$chromium" ]]; then
  echo "SKIPPED: $chromium is missing (Debian's chromium package); run scripts/setup.sh --e2e"
  exit 77
fi
if [[ ! -x "$mmdc" ]]; then
  echo "SKIPPED: mermaid-cli is not installed in tests/mermaid; run scripts/setup.sh --e2e"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

# render NAME NODES: renders $work/NAME.mmd and checks the picture has NODES nodes.
render() {
  local name=$1 nodes=$2
  if ! "$mmdc" -q -p "$here/puppeteer.json" -i "$work/$name.mmd" -o "$work/$name.svg" \
      >"$work/$name.log" 2>&1; then
    echo "FAIL: mermaid-cli could not render $name:"
    cat "$work/$name.log"
    exit 1
  fi
  local svg="$work/$name.svg"
  if ! grep -q 'aria-roledescription="flowchart' "$svg" || grep -qi 'syntax error' "$svg"; then
    echo "FAIL: $name did not render as a flowchart"
    exit 1
  fi
  local drawn
  drawn=$(grep -o 'class="node default' "$svg" | wc -l)
  if [[ "$drawn" -ne "$nodes" ]]; then
    echo "FAIL: $name has $drawn nodes, expected $nodes"
    exit 1
  fi
  echo "rendered $name: $drawn nodes ($(wc -c <"$svg") bytes of SVG)"
}

# modules MODEL_JSON: how many modules a Model JSON object has.
modules() { node -e 'console.log(Object.keys(JSON.parse(require("fs").readFileSync(0,"utf8")).modules).length)'; }

for model in "deepseek-v3 --tp 8 --ep 8" "qwen3-next-80b-a3b --tp 2" "nemotron-h-8b"; do
  read -r id flags <<<"$model"
  # shellcheck disable=SC2086  # the flags are words
  "$binary" tree --config "fixtures/configs/$id.json" --model-name "$id" $flags \
    --format mermaid >"$work/$id.mmd"
  # shellcheck disable=SC2086
  count=$("$binary" generate --config "fixtures/configs/$id.json" --model-name "$id" $flags \
    --stdout --format json | modules)
  render "$id" "$count"
done

# The semantic diff of the two hand-made golden files: 11 nodes for the changed model (its 10
# modules and the removed one) and 2 for the added one.
"$binary" diff tests/golden/diff/before.ts tests/golden/diff/after.ts --format mermaid \
  >"$work/diff.mmd" || [[ $? -eq 1 ]]
render diff 13
