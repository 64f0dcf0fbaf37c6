#!/usr/bin/env bash
# The scaling benchmark: every input shape of issue 11 at size n and 4n in the same run, each
# command timed (median wall time of RUNS runs, whole process) with its peak memory, and the
# exponent fitted from the two sizes: log(t(4n) / t(n)) / log(4), from the n and 4n runs of one
# round, median over the rounds. Linear is 1.0; the target is at most 1.1 everywhere.
#
#   bash bench/scaling.sh [RUNS]      (default 3; SCALE=0.5 halves every n, for a quick look)
#
# Shapes (bench/shapes.mjs writes them): normal (n prettier-laid-out models, made from the
# upstream file by ../shared/peer/gen-big.mjs), oneline (the same models on one line), deep (one
# model whose n modules each parent the next), wide (one model of n modules under one root),
# config (a config.json of n extra keys). Commands: check; upsert (replace one model); remove
# (one model); refresh of 1 % of the models and of every model (for deep and wide: of the 9
# upstream models around the big one); --dry-run (normal, oneline: refresh --dry-run of every
# model; deep: an upsert that changes all n modules; wide: appending the n-module model);
# generate (config only). "parse" is one bare tree-sitter parse of the same file: memory is
# reported against it.
#
# Every command runs with its address space capped (ulimit -v, 6 GB) and a 300 s timeout, so a
# quadratic case fails instead of taking the machine down; the table then says "failed".
# Needs ../shared (configs, upstream file, peer) and node; builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
scale=${SCALE:-1}
shared=../shared
if [[ ! -d "$shared/peer" ]]; then
  echo "scaling: ../shared/peer is absent; nothing to run on"
  exit 0
fi
bash scripts/build.sh >/dev/null
work=build/bench-work
mkdir -p "$work"
if [[ ! -d "$work/peer/node_modules/prettier" ]]; then
  rm -rf "$work/peer" && cp -r "$shared/peer" "$work/peer" && chmod -R u+w "$work/peer"
  (cd "$work/peer" && npm ci --silent --no-audit --no-fund)
fi
export UPSTREAM="$PWD/$shared/fixtures/upstream/models.ts" CONFIGS="$PWD/$shared/fixtures/configs"
tool=$PWD/build/fib-modelgen
parse=$PWD/build/bench/fib_parse_only
measure=$PWD/build/bench/fib_measure

size() { awk -v n="$1" -v s="$scale" 'BEGIN { printf "%d", n * s }'; }

make_shape() {  # SHAPE N → $work/scaling/SHAPE-N/
  local dir=$work/scaling/$1-$2
  [[ -f "$dir/target.ts" ]] && return
  if [[ $1 == normal || $1 == oneline ]]; then
    [[ -f "$work/syn$2.ts" ]] || SRC=$UPSTREAM node "$work/peer/gen-big.mjs" "$2" "$work/syn$2.ts" \
      "$work/syn$2.entries" >/dev/null
    NORMAL="$work/syn$2.ts" node bench/shapes.mjs "$1" "$2" "$dir"
  else
    node bench/shapes.mjs "$1" "$2" "$dir"
  fi
}

# One command on a fresh copy of the shape's files, in $scratch: "micros kib", or "failed".
once() {  # DIR COMMAND...
  local dir=$1; shift
  rm -rf "$scratch" && mkdir -p "$scratch" && cp "$dir"/* "$scratch"/ && chmod -R u+w "$scratch"
  local rc=0 sample
  sample=$(cd "$scratch" && ulimit -v 6291456 && timeout 300 "$measure" "$@" 2>/dev/null) || rc=$?
  # 0: success; 1: --dry-run found differences (expected for the dry-run column)
  if ((rc > 1)) || [[ -z $sample ]]; then echo failed; else echo "$sample"; fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# RUNS rounds of the command at n then at 4n, one after the other, so that both sizes of a
# round see the same machine: "t_n kib_n t_4n kib_4n exponent" (medians; the exponent is the
# median of the rounds' exponents), or "failed".
pair() {  # DIR_N DIR_4N COMMAND_N COMMAND_4N (commands as single strings)
  local small large t1=() m1=() t4=() m4=() e=()
  for ((i = 0; i < runs; i++)); do
    read -r -a cmd <<<"$3"
    small=$(once "$1" "${cmd[@]}")
    read -r -a cmd <<<"$4"
    large=$(once "$2" "${cmd[@]}")
    [[ $small == failed || $large == failed ]] && { echo failed; return; }
    t1+=("${small% *}") m1+=("${small#* }") t4+=("${large% *}") m4+=("${large#* }")
    e+=("$(awk -v a="${small% *}" -v b="${large% *}" 'BEGIN { printf "%.4f", log(b / a) / log(4) }')")
  done
  echo "$(printf '%s\n' "${t1[@]}" | median) $(printf '%s\n' "${m1[@]}" | median)" \
    "$(printf '%s\n' "${t4[@]}" | median) $(printf '%s\n' "${m4[@]}" | median)" \
    "$(printf '%s\n' "${e[@]}" | median)"
}

# The command line of COLUMN for SHAPE (files in DIR), run inside the scratch copy; empty when
# it does not apply.
command_for() {  # SHAPE COLUMN DIR
  case $2 in
    parse) [[ $1 != config ]] && echo "$parse target.ts" ;;
    check) [[ $1 != config ]] && echo "$tool check target.ts" ;;
    upsert) [[ $1 != config ]] && echo "$tool upsert --model entry.json --output target.ts" ;;
    remove) [[ $1 != config ]] && echo "$tool remove --id $(cat "$3/remove-id") --output target.ts" ;;
    refresh-1%) [[ $1 != config ]] && echo "$tool refresh --manifest manifest-few.json" ;;
    refresh-100%) [[ $1 != config ]] && echo "$tool refresh --manifest manifest-all.json" ;;
    dry-run)
      case $1 in
        normal | oneline) echo "$tool refresh --dry-run --manifest manifest-all.json" ;;
        deep) echo "$tool upsert --dry-run --model dry-run.json --output target.ts" ;;
        wide) echo "$tool upsert --dry-run --model dry-run.json --output base.ts" ;;
      esac ;;
    generate) [[ $1 == config ]] && echo "$tool generate --config config.json --model-name big --output target.ts" ;;
  esac
  return 0
}

columns=(parse check upsert remove refresh-1% refresh-100% dry-run generate)
declare -A base_n=([normal]=1000 [oneline]=1000 [deep]=5000 [wide]=10000 [config]=50000)
shapes=(normal oneline deep wide config)
scratch=$work/scaling/scratch
declare -A exponent
worst=0

echo "scaling benchmark: median of $runs runs, whole process, $(nproc) cores; n and 4n in the same run"
for shape in "${shapes[@]}"; do
  n=$(size "${base_n[$shape]}")
  big=$((4 * n))
  make_shape "$shape" "$n"
  make_shape "$shape" "$big"
  echo
  echo "### $shape (n = $n)"
  echo
  echo "| command | n: time / memory | 4n: time / memory | exponent | memory at 4n vs parse |"
  echo "|---|---|---|---|---|"
  parse_kib=
  for column in "${columns[@]}"; do
    small_cmd=$(command_for "$shape" "$column" "$work/scaling/$shape-$n")
    [[ -z $small_cmd ]] && continue
    large_cmd=$(command_for "$shape" "$column" "$work/scaling/$shape-$big")
    result=$(pair "$work/scaling/$shape-$n" "$work/scaling/$shape-$big" "$small_cmd" "$large_cmd")
    if [[ $result == failed ]]; then
      echo "| $column | failed | failed | failed | |"
      exponent[$shape,$column]=failed
      worst=failed
      continue
    fi
    read -r st sm lt lm e <<<"$result"
    e=$(awk -v e="$e" 'BEGIN { printf "%.2f", e }')
    [[ $column == parse ]] && parse_kib=$lm
    exponent[$shape,$column]=$e
    [[ $worst != failed && $column != parse ]] &&
      worst=$(awk -v w="$worst" -v e="$e" 'BEGIN { print (e > w ? e : w) }')
    memory=$(awk -v m="$lm" -v p="$parse_kib" 'BEGIN { if (p) printf "%.2f×", m / p }')
    awk -v c="$column" -v st="$st" -v sm="$sm" -v lt="$lt" -v lm="$lm" -v e="$e" -v r="$memory" \
      'BEGIN { printf "| %s | %.1f ms / %.1f MB | %.1f ms / %.1f MB | %s | %s |\n",
                      c, st / 1000, sm / 1024, lt / 1000, lm / 1024, e, r }'
  done
done

echo
echo "### fitted exponents (time, n to 4n)"
echo
printf '| shape |'; for c in "${columns[@]:1}"; do printf ' %s |' "$c"; done; echo
printf '|---|'; for c in "${columns[@]:1}"; do printf -- '---|'; done; echo
for shape in "${shapes[@]}"; do
  printf '| %s |' "$shape"
  for c in "${columns[@]:1}"; do printf ' %s |' "${exponent[$shape,$c]:-—}"; done
  echo
done
echo
echo "largest exponent of a command: $worst (target: at most 1.1)"
