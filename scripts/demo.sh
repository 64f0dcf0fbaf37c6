#!/usr/bin/env bash
# The main job on the bundled example: sets up, builds, then generates two real models (Qwen3
# 30B-A3B, and DeepSeek V3 at TP 8 / EP 8, twice: the second run changes nothing) into a copy
# of fixtures/models.ts, checks the result, refreshes it from fixtures/manifest.json, shows
# one model's tree and the diff against the bundled file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
tool=build/fib-modelgen
work=build/demo
rm -rf "$work" && mkdir -p "$work"
cp -r fixtures/. "$work/"

run() { echo "\$ fib-modelgen $*"; "$tool" "$@"; echo; }
run list "$work/models.ts"
run generate --config fixtures/configs/qwen3-30b-a3b.json --model-name qwen3-30b-a3b \
  --output "$work/models.ts"
run generate --config fixtures/configs/deepseek-v3.json --model-name deepseek-v3 --tp 8 --ep 8 \
  --output "$work/models.ts"
run generate --config fixtures/configs/deepseek-v3.json --model-name deepseek-v3 --tp 8 --ep 8 \
  --output "$work/models.ts"
run check "$work/models.ts"
run refresh --manifest "$work/manifest.json"
run tree "$work/models.ts" --id llama-3.1-8b
echo "\$ diff -u fixtures/models.ts $work/models.ts | head -50"
diff -u fixtures/models.ts "$work/models.ts" | head -50 || true
