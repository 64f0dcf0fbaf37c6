#!/usr/bin/env bash
# The benchmarks behind docs/benchmarks.md, all in one run: fib-modelgen against the ts-morph
# peer (../shared/peer) and against one bare tree-sitter parse (build/bench/fib_parse_only, the
# floor for time and memory), then the scaling benchmark (bench/scaling.sh).
#
#   bash bench/run.sh [RUNS] > report.md      (default 5 runs; scaling.sh gets 3)
#
# SIZES="1000" leaves out the 10,000-model file, SCALING=0 the scaling benchmark (quick looks).
#
# Every figure is a whole process: wall time from fork to exit and peak RSS (build/bench/
# fib_measure), the median of RUNS runs. The commands compared in one table run one after the
# other in each round, on fresh copies of the same files, and every ratio is the median of the
# per-round ratios with their min–max, so slow moments of a shared machine move both sides.
# Wall times depend on the cores the run had: the header says how many, and the refresh rows
# are repeated on one core (taskset -c 0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared=../shared
if [[ ! -d "$shared/peer" ]]; then
  echo "bench: ../shared/peer is absent; nothing to compare against"
  exit 0
fi
bash scripts/build.sh >/dev/null
work=$PWD/build/bench-work
mkdir -p "$work"
if [[ ! -d "$work/peer/node_modules/ts-morph" ]]; then
  rm -rf "$work/peer" && cp -r "$shared/peer" "$work/peer" && chmod -R u+w "$work/peer"
  (cd "$work/peer" && npm ci --silent --no-audit --no-fund)
fi
upstream=$PWD/$shared/fixtures/upstream/models.ts
configs=$PWD/$shared/fixtures/configs
tool=$PWD/build/fib-modelgen
parse=$PWD/build/bench/fib_parse_only
measure=$PWD/build/bench/fib_measure
peer="node $work/peer/tsmorph-upsert.mjs"
sizes=(${SIZES:-1000 10000})
for n in "${sizes[@]}"; do
  [[ -f "$work/syn$n.ts" ]] || SRC=$upstream node "$work/peer/gen-big.mjs" "$n" "$work/syn$n.ts" \
    "$work/syn$n.entries" >/dev/null
done

# --- measuring --------------------------------------------------------------------------------

declare -A times mems  # label → the samples of each round, space-separated

# Runs each "label=command" once per round, in order, for RUNS rounds. A command runs in a fresh
# copy of $scenario (a directory) and must exit 0, or 1 for --check/--dry-run differences.
rounds() {
  local spec label cmd sample rc
  for spec in "$@"; do times[${spec%%=*}]= mems[${spec%%=*}]=; done
  for ((round = 0; round < runs; round++)); do
    for spec in "$@"; do
      label=${spec%%=*} cmd=${spec#*=}
      rm -rf "$work/scratch" && cp -r "$scenario" "$work/scratch" && chmod -R u+w "$work/scratch"
      rc=0
      # shellcheck disable=SC2086  # the command is split into words on purpose
      sample=$(cd "$work/scratch" && $measure $cmd 2>"$work/stderr") || rc=$?
      if ((rc > 1)) || [[ -z $sample ]]; then
        echo "bench: '$cmd' failed ($rc):" >&2 && cat "$work/stderr" >&2 && exit 1
      fi
      times[$label]+="${sample% *} " mems[$label]+="${sample#* } "
    done
  done
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { awk -v t="$(median <<<"${times[$1]}")" 'BEGIN { printf "%.1f ms", t / 1000 }'; }
mb() { awk -v m="$(median <<<"${mems[$1]}")" 'BEGIN { printf "%.1f MB", m / 1024 }'; }
cell() { echo "$(ms "$1") / $(mb "$1")"; }

# Per-round ratios of two sample lists: "median× (min–max)".
spread() {  # SAMPLES_A SAMPLES_B
  paste <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .) |
    awk '{ printf "%.6f\n", $1 / $2 }' | sort -g |
    awk '{ r[NR] = $1 } END { printf "%.2f× (%.2f–%.2f)", r[int((NR + 1) / 2)], r[1], r[NR] }'
}
time_ratio() { spread "${times[$1]}" "${times[$2]}"; }  # A B: time of A / time of B
memory_ratio() { spread "${mems[$1]}" "${mems[$2]}"; }

# --- inputs -----------------------------------------------------------------------------------

# A scenario directory: target.ts (a copy of FILE) and, given an ID, entry.json and entry.ts
# (that model of FILE with its description changed, as Model JSON for us and as a TS literal
# for ts-morph).
make_scenario() {  # NAME FILE [ID]
  scenario=$work/run/$1
  mkdir -p "$scenario"
  cp "$2" "$scenario/target.ts"
  [[ -z ${3:-} ]] && return
  "$tool" list --format json "$2" >"$work/all.json"
  node -e '
    const [all, id, dir] = process.argv.slice(1);
    const fs = require("fs");
    const m = JSON.parse(fs.readFileSync(all, "utf8")).find((x) => x.id === id);
    m.description = "Changed by the benchmark.";
    fs.writeFileSync(dir + "/entry.json", JSON.stringify(m));
    fs.writeFileSync(dir + "/entry.ts", JSON.stringify(m, null, 2) + "\n");
  ' "$work/all.json" "$3" "$scenario"
}

# manifest-all.json (every model of target.ts, from the shared configs in turn, so each one
# changes) and manifest-few.json (1 % of them) in the scenario.
make_manifests() {
  "$tool" list --format json "$scenario/target.ts" >"$work/all.json"
  node -e '
    const fs = require("fs"), path = require("path");
    const [all, dir, out] = process.argv.slice(1);
    const configs = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    const models = JSON.parse(fs.readFileSync(all, "utf8"))
      .map((m, i) => ({ id: m.id, config: path.resolve(dir, configs[i % configs.length]) }));
    fs.writeFileSync(out + "/manifest-all.json", JSON.stringify({ output: "target.ts", models }));
    fs.writeFileSync(out + "/manifest-few.json",
      JSON.stringify({ output: "target.ts", models: models.filter((_, i) => i % 100 === 50) }));
  ' "$work/all.json" "$configs" "$scenario"
}

# --- the tables -------------------------------------------------------------------------------

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "# fib-modelgen benchmarks: $(date -u +%Y-%m-%d), $(nproc) cores, median of $runs runs"
echo
echo "Load average when the run started: $(load) (other work on the machine shares its cores)."
echo
echo "## One upsert (replace one model) against ts-morph and a bare parse"
echo
echo "| file | fib-modelgen | bare parse | ts-morph | ts-morph / fib-modelgen (time) | fib-modelgen / parse (time) | fib-modelgen / parse (memory) | fib-modelgen / ts-morph (memory) |"
echo "|---|---|---|---|---|---|---|---|"
synthetic_rows() {  # FORMAT: prints one row per size, %n the size, %i its middle id
  for n in "${sizes[@]}"; do
    local name="synthetic $( ((n == 1000)) && echo 1,000 || echo 10,000)"
    local id=synthetic-$(printf "%0$(( ${#n} > 4 ? ${#n} : 4 ))d" $((n / 2)))
    echo "$name|$work/syn$n.ts|$id"
  done
}
mapfile -t synthetic < <(synthetic_rows)
for row in "upstream (9 models)|$upstream|kimi-k2" "${synthetic[@]}"; do
  IFS='|' read -r name file id <<<"$row"
  make_scenario "upsert-${id}" "$file" "$id"
  rounds "ours=$tool upsert --model entry.json --output target.ts" "parse=$parse target.ts" \
         "peer=$peer target.ts entry.ts $id"
  echo "| $name | $(cell ours) | $(cell parse) | $(cell peer) | $(time_ratio peer ours) | $(time_ratio ours parse) | $(memory_ratio ours parse) | $(memory_ratio ours peer) |"
done

echo
echo "## check, and what process start-up costs"
echo
echo "\`--version\` is the floor of any run: process start-up and nothing else."
echo
echo "| file | check | bare parse | --version | check / parse (time) | check / parse (memory) | start-up share of check |"
echo "|---|---|---|---|---|---|---|"
for row in "upstream (9 models)|$upstream|" "${synthetic[@]}"; do
  IFS='|' read -r name file _ <<<"$row"
  scenario=$work/run/check-$(basename "$file" .ts) && mkdir -p "$scenario" && cp "$file" "$scenario/target.ts"
  rounds "check=$tool check target.ts" "parse=$parse target.ts" "start=$tool --version"
  echo "| $name | $(cell check) | $(cell parse) | $(cell start) | $(time_ratio check parse) | $(memory_ratio check parse) | $(time_ratio start check) |"
done

echo
echo "## The pre-commit hook: refresh --check of 33 models in the real file (up to date)"
echo
scenario=$work/run/precommit && mkdir -p "$scenario" && cp "$upstream" "$scenario/target.ts"
chmod u+w "$scenario/target.ts"
node -e '
  const fs = require("fs"), path = require("path");
  const [dir, out] = process.argv.slice(1);
  const models = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
    .map((f) => ({ id: path.basename(f, ".json"), config: path.resolve(dir, f) }));
  fs.writeFileSync(out + "/manifest.json", JSON.stringify({ output: "target.ts", models }));
' "$configs" "$scenario"
(cd "$scenario" && "$tool" refresh --manifest manifest.json >/dev/null)
rounds "precommit=$tool refresh --check --manifest manifest.json" "check=$tool check target.ts" \
       "parse=$parse target.ts"
echo "| file | refresh --check | check | bare parse | refresh --check / check (time) | refresh --check / parse (memory) |"
echo "|---|---|---|---|---|---|"
echo "| upstream + 33 generated models | $(cell precommit) | $(cell check) | $(cell parse) | $(time_ratio precommit check) | $(memory_ratio precommit parse) |"

echo
echo "## Refresh against one check, ts-morph's batch mode and a bare parse"
echo
echo "Every model changed (100 %), or 1 % of them; on both cores and pinned to one (taskset -c 0)."
echo
echo "| file | command | time / memory | vs check (time) | vs parse (memory) | ts-morph --bulk-batch / this (time) | this / ts-morph (memory) |"
echo "|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  make_scenario "refresh-$n" "$work/syn$n.ts"
  make_manifests
  one="taskset -c 0"
  rounds "all=$tool refresh --manifest manifest-all.json" "check=$tool check target.ts" \
         "parse=$parse target.ts" "few=$tool refresh --manifest manifest-few.json" \
         "all1=$one $tool refresh --manifest manifest-all.json" "check1=$one $tool check target.ts" \
         "peer=$peer --bulk-batch target.ts $work/syn$n.entries"
  name="synthetic $( ((n == 1000)) && echo 1,000 || echo 10,000)"
  echo "| $name | check | $(cell check) | | $(memory_ratio check parse) | | |"
  echo "| $name | refresh 100 % | $(cell all) | $(time_ratio all check) | $(memory_ratio all parse) | $(time_ratio peer all) | $(memory_ratio all peer) |"
  echo "| $name | refresh 100 %, one core | $(cell all1) | $(time_ratio all1 check1) (vs check on one core) | $(memory_ratio all1 parse) | | |"
  echo "| $name | refresh 1 % | $(cell few) | $(time_ratio few check) | $(memory_ratio few parse) | | |"
  echo "| $name | ts-morph --bulk-batch | $(cell peer) | | $(memory_ratio peer parse) | | |"
done

if [[ ${SCALING:-1} != 0 ]]; then
  echo
  echo "## Scaling"
  echo
  bash bench/scaling.sh "${SCALING_RUNS:-3}"
fi
echo
echo "Load average when the run ended: $(load)."
