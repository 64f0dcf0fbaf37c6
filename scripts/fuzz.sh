#!/usr/bin/env bash
# Fuzzes fib-modelgen: builds the libFuzzer targets of fuzz/ into build-fuzz/ (clang, ASan and
# UBSan over everything, tree-sitter included), runs each over its regression corpus (every
# input that must keep passing: fuzz/regressions/<target>/ and the large ones
# fuzz/make_large_regressions.sh writes), then fuzzes each for SECONDS (default 60), two at a
# time, from seeds made of the fixtures, the corpus a previous run grew and the regressions.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     (FIB_FUZZ_JOBS: parallel runs, default 2)
#
# SECONDS 0 runs the regression corpus only.
#
# A crash, a leak, an out-of-memory, a timeout or a broken invariant fails the run, printing
# the path of the input that caused it (see docs/fuzzing.md to reproduce and keep it).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
if [[ ! "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi
jobs="${FIB_FUZZ_JOBS:-2}"
build=build-fuzz
work="$build/fuzz-work"
# Per input: a run past this many seconds is a hang; past this much memory, a leak or a bomb.
options=(-timeout=30 -rss_limit_mb=2048 -print_final_stats=1)

bash scripts/setup.sh --fuzz
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[[ -x "$symbolizer" ]] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
export UBSAN_OPTIONS="print_stacktrace=1"

echo "fuzz: building the targets into $build/"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Fuzz \
  -DFIB_FUZZ=ON -DFIB_BUILD_TESTS=OFF -DFIB_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j 2 --target fib_fuzzers | tail -1

targets=("$@")
if ((${#targets[@]} == 0)); then
  for binary in "$build"/fuzz/fuzz_*; do targets+=("${binary##*/fuzz_}"); done
fi

rm -rf "$work/seeds" "$work/large" "$work/logs" "$work/crashes"
mkdir -p "$work/logs"
bash fuzz/make_large_regressions.sh "$work/large"
bash fuzz/make_seeds.sh "$work/seeds"

# Runs every regression input of TARGET once; prints the failing one's path.
regressions() {
  local target=$1 log="$work/logs/$1.regressions.log" inputs=()
  mapfile -t inputs < <(find "fuzz/regressions/$target" "$work/large/$target" -type f 2>/dev/null | sort)
  ((${#inputs[@]})) || return 0
  if ! "$build/fuzz/fuzz_$target" "${options[@]}" "${inputs[@]}" >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz: FAILED: $target on the regression input $(grep '^Running: ' "$log" | tail -1 | cut -c10-)"
    return 1
  fi
  echo "fuzz: $target: ${#inputs[@]} regression inputs pass"
}

# Fuzzes TARGET for $seconds; prints the input of any crash.
fuzz() {
  local target=$1 log="$work/logs/$1.log" crashes="$work/crashes/$1/"
  mkdir -p "$work/corpus/$target" "$crashes" "$work/seeds/$target"
  local rc=0
  "$build/fuzz/fuzz_$target" "${options[@]}" -max_total_time="$seconds" \
    -artifact_prefix="$crashes" "$work/corpus/$target" "$work/seeds/$target" \
    "fuzz/regressions/$target" >"$log" 2>&1 || rc=$?
  # libFuzzer may end a timed run through its interrupt path (exit code 72) rather than its
  # loop; that is a finished run when it saved no input.
  if ((rc == 72)) && [[ -z "$(find "$crashes" -type f)" ]]; then rc=0; fi
  if ((rc == 0)); then
    local runs corpus
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    corpus=$(find "$work/corpus/$target" -type f | wc -l)
    echo "fuzz: $target: ${seconds}s, $runs executions, corpus $corpus inputs, no findings"
    return 0
  fi
  tail -60 "$log"
  local input
  input=$(find "$crashes" -type f | head -1)
  echo "fuzz: FAILED: $target: ${input:-no input saved}; the whole log: $log"
  echo "fuzz: reproduce with: $build/fuzz/fuzz_$target ${input:-}"
  return 1
}

failed=0
for target in "${targets[@]}"; do regressions "$target" || failed=1; done
((failed == 0)) || exit 1
((seconds > 0)) || exit 0

# Two runs at a time (one core each): the whole set takes about (targets / 2) × SECONDS.
running=0
for target in "${targets[@]}"; do
  if ((running == jobs)); then
    wait -n || failed=1
    running=$((running - 1))
  fi
  fuzz "$target" &
  running=$((running + 1))
done
while ((running > 0)); do
  wait -n || failed=1
  running=$((running - 1))
done
exit "$failed"
