#!/usr/bin/env bash
# Benchmarks, each measured in the same run as its baselines, medians of wall time and peak
# RSS, reported as ratios:
#  1. one upsert with fib-modelgen vs the ts-morph reference in ../shared/peer and a bare
#     tree-sitter parse: the real upstream models.ts and synthetic files of 1,000 and 10,000
#     models;
#  2. refresh of every model of the synthetic files (every model changed) vs one `check` of
#     the same file and the reference's batch mode; and a one-model refresh of the real file.
# Usage: bash bench/run.sh [RUNS] (default 5). Needs ../shared (skips without it).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared=../shared
if [[ ! -d "$shared/peer" ]]; then
  echo "bench: ../shared/peer is absent; nothing to compare against"
  exit 0
fi
bash scripts/build.sh >/dev/null
work=build/bench-work
mkdir -p "$work"
if [[ ! -d "$work/peer/node_modules/ts-morph" ]]; then
  rm -rf "$work/peer" && cp -r "$shared/peer" "$work/peer" && chmod -R u+w "$work/peer"
  (cd "$work/peer" && npm ci --silent --no-audit --no-fund)
fi
for n in 1000 10000; do
  [[ -f "$work/syn$n.ts" ]] || SRC="$PWD/$shared/fixtures/upstream/models.ts" \
    node "$work/peer/gen-big.mjs" "$n" "$work/syn$n.ts" "$work/syn$n.entries" >/dev/null
done

# The entry for each file, as a TS literal (for ts-morph) and as Model JSON (for us).
make_entry() {  # FILE ID → $work/entry-ID.{ts,json}
  build/fib-modelgen list --format json "$1" >"$work/all.json"
  node -e '
    const [all, id, ts, js] = process.argv.slice(1);
    const m = JSON.parse(require("fs").readFileSync(all, "utf8")).find((x) => x.id === id);
    m.description = "Changed by the benchmark.";
    require("fs").writeFileSync(js, JSON.stringify(m));
    require("fs").writeFileSync(ts, JSON.stringify(m, null, 2) + "\n");
  ' "$work/all.json" "$2" "$work/entry-$2.ts" "$work/entry-$2.json"
}

measure() {  # LABEL COMMAND... → "label median_microseconds median_kb"
  local label=$1; shift
  local times=() mems=()
  for ((i = 0; i < runs; i++)); do
    cp "$target" "$work/target.ts" && chmod u+w "$work/target.ts"
    local sample
    sample=$(build/bench/fib_measure "$@" 2>"$work/stderr") ||
      { echo "bench: $label failed:"; cat "$work/stderr"; exit 1; }
    times+=("${sample% *}")
    mems+=("${sample#* }")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  m=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$label $t $m"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

report() {  # NAME: compares ours, the bare parse and ts-morph on $target with entry $id
  local name=$1
  make_entry "$target" "$id"
  read -r _ ours_t ours_m < <(measure ours build/fib-modelgen upsert --model "$work/entry-$id.json" --output "$work/target.ts")
  read -r _ parse_t parse_m < <(measure parse build/bench/fib_parse_only "$work/target.ts")
  read -r _ peer_t peer_m < <(measure ts-morph node "$work/peer/tsmorph-upsert.mjs" "$work/target.ts" "$work/entry-$id.ts" "$id")
  printf '| %s | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %s× | %s× | %s× |\n' \
    "$name" "$(ratio "$ours_t" 1000)" "$(ratio "$ours_m" 1024)" \
    "$(ratio "$parse_t" 1000)" "$(ratio "$parse_m" 1024)" \
    "$(ratio "$peer_t" 1000)" "$(ratio "$peer_m" 1024)" \
    "$(ratio "$peer_t" "$ours_t")" "$(ratio "$ours_m" "$parse_m")" "$(ratio "$ours_m" "$peer_m")"
}

echo "one upsert (replace), median of $runs runs, whole process, $(nproc) cores"
echo
echo "| file | fib-modelgen | bare tree-sitter parse | ts-morph reference | speed-up vs ts-morph | memory vs bare parse | memory vs ts-morph |"
echo "|---|---|---|---|---|---|---|"
target="$shared/fixtures/upstream/models.ts" id=kimi-k2 report "upstream (9 models)"
target="$work/syn1000.ts" id=synthetic-0500 report "synthetic 1,000"
target="$work/syn10000.ts" id=synthetic-05000 report "synthetic 10,000"

# A manifest listing every model of a synthetic file, cycling through the shared configs, so
# that a refresh regenerates (and changes) every model.
make_manifest() {  # N → $work/manifestN.json
  node -e '
    const fs = require("fs"), path = require("path");
    const [n, dir, out] = process.argv.slice(1);
    const configs = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    const width = Math.max(4, String(n).length);
    const models = [];
    for (let i = 1; i <= Number(n); i++) {
      models.push({ id: "synthetic-" + String(i).padStart(width, "0"),
                    config: path.resolve(dir, configs[(i - 1) % configs.length]) });
    }
    fs.writeFileSync(out, JSON.stringify({ output: "target.ts", models }));
  ' "$1" "$shared/fixtures/configs" "$work/manifest$1.json"
}

report_refresh() {  # NAME N
  local name=$1 n=$2
  target="$work/syn$n.ts"
  make_manifest "$n"
  read -r _ ours_t ours_m < <(measure refresh build/fib-modelgen refresh --manifest "$work/manifest$n.json")
  read -r _ check_t check_m < <(measure check build/fib-modelgen check "$work/target.ts")
  read -r _ peer_t peer_m < <(measure ts-morph node "$work/peer/tsmorph-upsert.mjs" --bulk-batch "$work/target.ts" "$work/syn$n.entries")
  printf '| %s | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %s× / %s× | %s× / %s× |\n' \
    "$name" "$(ratio "$ours_t" 1000)" "$(ratio "$ours_m" 1024)" \
    "$(ratio "$check_t" 1000)" "$(ratio "$check_m" 1024)" \
    "$(ratio "$peer_t" 1000)" "$(ratio "$peer_m" 1024)" \
    "$(ratio "$ours_t" "$check_t")" "$(ratio "$ours_m" "$check_m")" \
    "$(ratio "$peer_t" "$ours_t")" "$(ratio "$peer_m" "$ours_m")"
}

echo
echo "refresh of every model (every model changed), median of $runs runs"
echo
echo "| file | fib-modelgen refresh | one check | ts-morph --bulk-batch | refresh vs check (time / memory) | ts-morph vs refresh (time / memory) |"
echo "|---|---|---|---|---|---|"
report_refresh "synthetic 1,000" 1000
report_refresh "synthetic 10,000" 10000

echo
echo "refresh of 10 models (1%) of the 1,000-model file: the incremental re-parse reuses the rest"
target="$work/syn1000.ts"
node -e '
  const fs = require("fs");
  const m = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  m.models = m.models.filter((_, i) => i % 100 === 0);
  fs.writeFileSync(process.argv[2], JSON.stringify(m));
' "$work/manifest1000.json" "$work/manifest1000-few.json"
read -r _ few_t few_m < <(measure refresh build/fib-modelgen refresh --manifest "$work/manifest1000-few.json")
read -r _ check_t check_m < <(measure check build/fib-modelgen check "$work/target.ts")
printf '\n| file | refresh of 10 models | one check | refresh vs check (time / memory) |\n|---|---|---|---|\n| synthetic 1,000 | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %s× / %s× |\n' \
  "$(ratio "$few_t" 1000)" "$(ratio "$few_m" 1024)" "$(ratio "$check_t" 1000)" "$(ratio "$check_m" 1024)" \
  "$(ratio "$few_t" "$check_t")" "$(ratio "$few_m" "$check_m")"

echo
echo "refresh of one model in the real file vs one ts-morph upsert"
target="$shared/fixtures/upstream/models.ts"
node -e '
  const fs = require("fs");
  fs.writeFileSync(process.argv[1], JSON.stringify({ output: "target.ts",
    models: [{ id: "kimi-k2", config: require("path").resolve(process.argv[2]), tp: 8, ep: 8 }] }));
' "$work/manifest-real.json" "$shared/fixtures/configs/kimi-k2-instruct.json"
read -r _ ours_t ours_m < <(measure refresh build/fib-modelgen refresh --manifest "$work/manifest-real.json")
read -r _ peer_t peer_m < <(measure ts-morph node "$work/peer/tsmorph-upsert.mjs" "$work/target.ts" "$work/entry-kimi-k2.ts" kimi-k2)
printf '\n| file | fib-modelgen refresh | ts-morph upsert | speed-up |\n|---|---|---|---|\n| upstream (9 models) | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %s× |\n' \
  "$(ratio "$ours_t" 1000)" "$(ratio "$ours_m" 1024)" "$(ratio "$peer_t" 1000)" "$(ratio "$peer_m" 1024)" \
  "$(ratio "$peer_t" "$ours_t")"
