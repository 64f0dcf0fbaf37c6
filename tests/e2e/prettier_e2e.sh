#!/usr/bin/env bash
# End-to-end: real prettier and TypeScript (pinned in tests/e2e/package-lock.json) judge what
# fib-modelgen writes. Prettier always resolves its own configuration (no --config, no option
# flags), as `prettier --write` does in a repository.
#  0. fib-modelgen's display widths are prettier's getStringWidth: every code point, emoji
#     sequences and mixed text (compare_widths.mjs).
#  1. For each configuration (none; the upstream style; others covering every option
#     fib-modelgen follows, in each file format, .editorconfig, overrides and a nested search),
#     a new models.ts holding the bundled entries, the width sweep (sweep_entries.mjs) and
#     entries generated from the bundled configs is unchanged by `prettier --check`; with no
#     configuration it also type-checks with tsc against a zod Model schema.
#  2. With ../shared, with no configuration and with the upstream style: an edit of the real
#     upstream file adds no prettier drift (the upstream file has drift of its own).
#  3. With ../shared, likewise: a manifest of all 33 real configs refreshed into the upstream
#     file passes check, adds no drift, type-checks, and a second refresh changes no byte.
#  4. With ../shared: after `prettier --write` over that file (with its configuration; with
#     other options on the command line; under a new configuration), `refresh --check` passes,
#     `generate --dry-run` finds no difference and `refresh` writes nothing (mtime unchanged);
#     after one config changes, refresh updates that model alone and the file stays
#     prettier-clean.
# Usage: prettier_e2e.sh FIB_MODELGEN WIDTH_PROBE. Exit 77 (skipped) when the tools are not
# installed: run scripts/setup.sh --e2e.
set -euo pipefail
binary=$1
probe=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
modules="$here/node_modules"
if [[ ! -x "$modules/.bin/prettier" || ! -x "$modules/.bin/tsc" ]]; then
  echo "SKIPPED: prettier/typescript not installed; run scripts/setup.sh --e2e"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prettier() { "$modules/.bin/prettier" --log-level warn "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

echo "== 0. display widths"
node "$here/compare_widths.mjs" "$probe"

# Writes configuration NAME into folder DIR (a project: .git stops the .editorconfig search).
configure() {
  local name=$1 dir=$2
  mkdir -p "$dir/.git" "$dir/app/data"
  case $name in
    none) ;;
    upstream) printf '{ "semi": false, "printWidth": 100 }\n' >"$dir/.prettierrc" ;;
    yaml)
      printf 'tabWidth: 4\nsingleQuote: true\nquoteProps: consistent\ntrailingComma: none\nbracketSpacing: false\n' \
        >"$dir/.prettierrc.yaml" ;;
    package-tabs)
      printf '{ "name": "web", "prettier": { "useTabs": true, "printWidth": 60 } }\n' >"$dir/package.json" ;;
    toml)
      printf 'printWidth = 90\ntabWidth = 3\nsemi = false\ntrailingComma = "es5"\nquoteProps = "preserve"\n' \
        >"$dir/.prettierrc.toml" ;;
    editorconfig)
      printf 'root = true\n\n[*]\nindent_style = tab\ntab_width = 4\nmax_line_length = 70\nquote_type = single\n' \
        >"$dir/.editorconfig" ;;
    overrides)
      cat >"$dir/.prettierrc.json" <<'JSON'
{ "printWidth": 120, "semi": false,
  "overrides": [ { "files": "*.ts", "options": { "printWidth": 72, "singleQuote": true } },
                 { "files": "app/**/other.ts", "options": { "printWidth": 40 } },
                 { "files": ["app/**"], "excludeFiles": "*.ts", "options": { "tabWidth": 8 } } ] }
JSON
      ;;
    nested)  # the nearer package.json sets no options and is passed over; .editorconfig applies
      printf 'printWidth: 50\ntabWidth: 8\n' >"$dir/.prettierrc"
      printf '{ "name": "app" }\n' >"$dir/app/package.json"
      printf '[*.ts]\nquote_type = single\nindent_size = 3\n' >"$dir/app/.editorconfig" ;;
    *) fail "unknown configuration $name" ;;
  esac
}

echo "== 1. a file made only of fib-modelgen's entries is prettier-clean under each configuration"
node "$here/sweep_entries.mjs" "$work/sweep"
entries=("$root"/tests/e2e/entries/*.json "$root"/fixtures/entries/*.json "$work"/sweep/*.json)
fill() {  # CONFIG: the configured folder's app/data/models.ts, made of entries alone
  local dir="$work/$1" entry model_config
  configure "$1" "$dir"
  local file="$dir/app/data/models.ts"
  for entry in "${entries[@]}"; do
    "$binary" upsert --model "$entry" --output "$file" >/dev/null
  done
  for model_config in "$root"/fixtures/configs/*.json; do
    case "$(basename "$model_config")" in sglang-*) continue ;; esac
    "$binary" generate --config "$model_config" --model-name "e2e-$(basename "$model_config" .json)" \
      --tp 1 --page-sizes 1,64 --output "$file" >/dev/null 2>&1
  done
}
configs=(none upstream yaml package-tabs toml editorconfig overrides nested)
for ((i = 0; i < ${#configs[@]}; i += 2)); do  # two at a time, one a core
  fill "${configs[i]}" & first=$!
  fill "${configs[i + 1]}" || fail "filling ${configs[i + 1]}"
  wait "$first" || fail "filling ${configs[i]}"
done
for config in "${configs[@]}"; do
  (cd "$work/$config" && prettier --check app/data/models.ts) ||
    fail "prettier would reformat fib-modelgen's output under configuration '$config'"
  echo "$config: $("$binary" list "$work/$config/app/data/models.ts" | wc -l) models, unchanged by prettier --check"
done

mkdir -p "$work/none/app/lib"
cp "$here/schemas.ts" "$work/none/app/lib/schemas.ts"
cat >"$work/none/app/tsconfig.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "esnext",
  "moduleResolution": "bundler", "baseUrl": ".", "paths": { "@/*": ["./*"], "zod": ["$modules/zod"] } },
  "files": ["data/models.ts"] }
JSON
typecheck() {  # FILE: type-checks FILE as the web app's data/models.ts
  [[ "$1" -ef "$work/none/app/data/models.ts" ]] || cp "$1" "$work/none/app/data/models.ts"
  "$modules/.bin/tsc" -p "$work/none/app/tsconfig.json"
  echo "type-check passed: $1"
}
typecheck "$work/none/app/data/models.ts"

shared="$root/../shared/fixtures"
if [[ ! -f "$shared/upstream/models.ts" ]]; then
  echo "SKIPPED parts 2 to 4: ../shared is absent"
  exit 0
fi

drift() {  # FILE: the changed lines between FILE and prettier's form of it (in its folder)
  (cd "$(dirname "$1")" && prettier --stdin-filepath "$(basename "$1")" <"$1") >"$work/formatted.ts"
  diff "$1" "$work/formatted.ts" | grep -E '^[<>]' | sort || true
}
no_new_drift() {  # BEFORE AFTER WHAT: AFTER's drift lines are all in BEFORE
  local new
  new=$(comm -13 "$1" "$2")
  [[ -z "$new" ]] || fail "$3 added prettier drift:"$'\n'"$new"
}

echo "== 2. editing the upstream file adds no prettier drift"
"$binary" list --format json "$shared/upstream/models.ts" >"$work/all.json"
node -e '
  const models = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const m = models[0];
  m.description = "Edited by the fib-modelgen end-to-end test, long enough to need its own line in prettier output.";
  require("fs").writeFileSync(process.argv[2], JSON.stringify(m));
  const n = JSON.parse(JSON.stringify(models[1])); n.id = "e2e-new-model"; n.name = "E2E New";
  require("fs").writeFileSync(process.argv[3], JSON.stringify(n));
' "$work/all.json" "$work/changed.json" "$work/new.json"
for config in none upstream; do
  dir="$work/upstream-$config"
  configure "$config" "$dir"
  file="$dir/app/data/models.ts"
  cp "$shared/upstream/models.ts" "$file" && chmod u+w "$file"
  drift "$file" >"$work/drift-before"
  "$binary" upsert --model "$work/changed.json" --output "$file" >/dev/null
  "$binary" upsert --model "$work/new.json" --output "$file" >/dev/null
  drift "$file" >"$work/drift-after"
  no_new_drift "$work/drift-before" "$work/drift-after" "an edit under configuration '$config'"
  echo "$config: no new drift ($(wc -l <"$work/drift-before") drift lines before, $(wc -l <"$work/drift-after") after)"
done

echo "== 3. the 33 shared configs refreshed into the upstream file: check, no new drift,"
echo "      type-checks, and a second refresh changes nothing"
write_manifest() {  # DIR: a manifest of every shared config, one of them a copy we may edit
  cp "$shared/configs/qwen3-8b.json" "$1/app/data/qwen3-8b.json" && chmod u+w "$1/app/data/qwen3-8b.json"
  node -e '
    const fs = require("fs"), path = require("path");
    const dir = path.resolve(process.argv[1]);
    const models = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
      .map((f) => ({ id: f.replace(/\.json$/, ""),
                     config: f === "qwen3-8b.json" ? "qwen3-8b.json" : path.join(dir, f) }));
    fs.writeFileSync(process.argv[2], JSON.stringify({ output: "models.ts", models }, null, 2));
  ' "$shared/configs" "$1/app/data/models.manifest.json"
}
for config in none upstream; do
  dir="$work/refresh-$config"
  configure "$config" "$dir"
  file="$dir/app/data/models.ts" manifest="$dir/app/data/models.manifest.json"
  cp "$shared/upstream/models.ts" "$file" && chmod u+w "$file"
  write_manifest "$dir"
  drift "$file" >"$work/drift-before"
  "$binary" refresh --allow-outside-repo --manifest "$manifest" 2>/dev/null | tail -1
  "$binary" check "$file"
  cp "$file" "$work/once.ts"
  "$binary" refresh --allow-outside-repo --manifest "$manifest" 2>/dev/null | tail -1
  cmp "$file" "$work/once.ts" || fail "a second refresh changed the file ($config)"
  drift "$file" >"$work/drift-all"
  no_new_drift "$work/drift-before" "$work/drift-all" "refreshing the shared configs ($config)"
  echo "$config: second refresh unchanged; no new drift ($(wc -l <"$work/drift-all") of the original $(wc -l <"$work/drift-before") drift lines remain)"
  typecheck "$file"
done

echo "== 4. after prettier --write, refresh --check passes and refresh writes nothing"
expect_up_to_date() {  # DIR WHAT
  local file="$1/app/data/models.ts" manifest="$1/app/data/models.manifest.json" before
  "$binary" refresh --allow-outside-repo --manifest "$manifest" --check >"$work/check.out" 2>/dev/null ||
    { tail -30 "$work/check.out"; fail "refresh --check failed after $2"; }
  "$binary" generate --config "$shared/configs/deepseek-v3.json" --model-name deepseek-v3 \
    --output "$file" --dry-run >"$work/dry.out" 2>/dev/null ||
    { tail -30 "$work/dry.out"; fail "generate --dry-run found a difference after $2"; }
  before=$(stat -c '%y' "$file")
  "$binary" refresh --allow-outside-repo --manifest "$manifest" 2>/dev/null | tail -1
  [[ $(stat -c '%y' "$file") == "$before" ]] || fail "refresh wrote the file after $2"
  echo "after $2: refresh --check passes, generate --dry-run finds nothing, refresh writes nothing"
}
for config in none upstream; do
  dir="$work/refresh-$config"
  (cd "$dir" && prettier --write app/data/models.ts)
  (cd "$dir" && prettier --check app/data/models.ts)
  expect_up_to_date "$dir" "prettier --write ($config)"
done
# Formatted otherwise than its configuration says (options on prettier's command line, as an
# editor or another tool might): the values are the same, so nothing is rewritten.
cp -r "$work/refresh-upstream" "$work/reformatted"
(cd "$work/reformatted" && prettier --write --use-tabs --single-quote --print-width 60 \
   --quote-props consistent --trailing-comma none app/data/models.ts)
expect_up_to_date "$work/reformatted" "prettier --write with other options"
# The repository adopts another configuration and reformats: nothing to do either.
cp -r "$work/refresh-upstream" "$work/restyled"
rm "$work/restyled/.prettierrc"
configure yaml "$work/restyled"
(cd "$work/restyled" && prettier --write app/data/models.ts)
expect_up_to_date "$work/restyled" "a new configuration (yaml) and prettier --write"
# A real change: only that model is rewritten, in the file's configuration.
dir="$work/refresh-upstream"
sed -i 's/"num_hidden_layers": 36/"num_hidden_layers": 30/' "$dir/app/data/qwen3-8b.json"
summary=$("$binary" refresh --allow-outside-repo --manifest "$dir/app/data/models.manifest.json" 2>/dev/null | tail -1)
echo "after a config change: $summary"
[[ $summary == "refresh: 0 added, 1 updated, 32 unchanged, 0 skipped"* ]] ||
  fail "expected exactly one updated model"
(cd "$dir" && prettier --check app/data/models.ts) ||
  fail "the rewritten model is not in the file's prettier style"
