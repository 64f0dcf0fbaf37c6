#!/usr/bin/env bash
# The main job on the bundled example: sets up, builds, then edits a copy of
# fixtures/models.ts the way a maintainer would, showing each step's output and the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
tool=build/fib-modelgen
work=build/demo
rm -rf "$work" && mkdir -p "$work"
cp fixtures/models.ts "$work/models.ts"

echo "\$ fib-modelgen list $work/models.ts"
"$tool" list "$work/models.ts"
echo
echo "\$ fib-modelgen upsert --model fixtures/entries/llama-3.2-3b.json --output $work/models.ts"
"$tool" upsert --model fixtures/entries/llama-3.2-3b.json --output "$work/models.ts"
echo
echo "\$ fib-modelgen check $work/models.ts"
"$tool" check "$work/models.ts" && echo "check passed"
echo
echo "\$ diff -u fixtures/models.ts $work/models.ts"
diff -u fixtures/models.ts "$work/models.ts" || true
