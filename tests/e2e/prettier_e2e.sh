#!/usr/bin/env bash
# End-to-end: real prettier and TypeScript (pinned in tests/e2e/package-lock.json) judge what
# fib-modelgen writes.
#  1. A models.ts built only from emitted entries is unchanged by `prettier --check` with the
#     web app's settings, and type-checks with tsc against a zod Model schema.
#  2. With ../shared: an edit of the real upstream file adds no prettier drift that was not
#     there before (the upstream file has drift of its own).
#  3. With ../shared: a manifest of all 33 real configs refreshed into the upstream file passes
#     check, adds no drift, type-checks, and a second refresh leaves it byte for byte.
# Exit 77 (skipped) when the tools are not installed: run scripts/setup.sh --e2e.
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
modules="$here/node_modules"
if [[ ! -x "$modules/.bin/prettier" || ! -x "$modules/.bin/tsc" ]]; then
  echo "SKIPPED: prettier/typescript not installed; run scripts/setup.sh --e2e"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

prettier_opts=(--no-config --ignore-path /dev/null --print-width 100 --tab-width 2 --no-semi
               --trailing-comma all --quote-props as-needed --end-of-line lf --parser typescript)
prettier() { "$modules/.bin/prettier" "${prettier_opts[@]}" "$@"; }

echo "== 1. a file made only of emitted entries is prettier-clean and type-checks"
mkdir -p "$work/app/lib" "$work/app/data"
for entry in "$root"/tests/e2e/entries/*.json "$root"/fixtures/entries/*.json; do
  [[ -e "$entry" ]] || continue
  "$binary" upsert --model "$entry" --output "$work/app/data/models.ts" >/dev/null
done
for config in "$root"/fixtures/configs/*.json; do
  case "$(basename "$config")" in sglang-*) continue ;; esac
  "$binary" generate --config "$config" --model-name "e2e-$(basename "$config" .json)" \
    --tp 1 --page-sizes 1,64 --output "$work/app/data/models.ts" >/dev/null 2>&1
done
echo "models in the emitted file: $("$binary" list "$work/app/data/models.ts" | wc -l)"
prettier --check "$work/app/data/models.ts"
cp "$here/schemas.ts" "$work/app/lib/schemas.ts"
cat >"$work/app/tsconfig.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "esnext",
  "moduleResolution": "bundler", "baseUrl": ".", "paths": { "@/*": ["./*"], "zod": ["$modules/zod"] } },
  "files": ["data/models.ts"] }
JSON
typecheck() {  # FILE: type-checks FILE as the web app's data/models.ts
  [[ "$1" -ef "$work/app/data/models.ts" ]] || cp "$1" "$work/app/data/models.ts"
  "$modules/.bin/tsc" -p "$work/app/tsconfig.json"
  echo "type-check passed: $1"
}
typecheck "$work/app/data/models.ts"

shared="$root/../shared/fixtures/upstream/models.ts"
if [[ ! -f "$shared" ]]; then
  echo "SKIPPED part 2: ../shared is absent"
  exit 0
fi
echo "== 2. editing the upstream file adds no prettier drift"
drift() {  # the changed lines between a file and its prettier form, without line numbers
  prettier "$1" >"$work/formatted.ts"
  diff "$1" "$work/formatted.ts" | grep -E '^[<>]' || true
}
cp "$shared" "$work/upstream.ts"
chmod u+w "$work/upstream.ts"
drift "$work/upstream.ts" >"$work/drift-before"
"$binary" list --format json "$work/upstream.ts" >"$work/all.json"
node -e '
  const models = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const m = models[0];
  m.description = "Edited by the fib-modelgen end-to-end test, long enough to need its own line in prettier output.";
  require("fs").writeFileSync(process.argv[2], JSON.stringify(m));
  const n = JSON.parse(JSON.stringify(models[1])); n.id = "e2e-new-model"; n.name = "E2E New";
  require("fs").writeFileSync(process.argv[3], JSON.stringify(n));
' "$work/all.json" "$work/changed.json" "$work/new.json"
"$binary" upsert --model "$work/changed.json" --output "$work/upstream.ts"
"$binary" upsert --model "$work/new.json" --output "$work/upstream.ts"
drift "$work/upstream.ts" >"$work/drift-after"
if ! diff -u "$work/drift-before" "$work/drift-after"; then
  echo "FAIL: the edit changed prettier drift (above)"
  exit 1
fi
echo "drift before and after the edit is the same ($(wc -l <"$work/drift-before") lines)"

echo "== 3. a manifest of all 33 shared configs refreshed into the upstream file: check, no new"
echo "      drift, type-checks, and a second refresh changes nothing"
node -e '
  const fs = require("fs"), path = require("path");
  const dir = path.resolve(process.argv[1]);
  const models = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
    .map((f) => ({ id: f.replace(/\.json$/, ""), config: path.join(dir, f) }));
  fs.writeFileSync(process.argv[2], JSON.stringify({ output: "upstream.ts", models }, null, 2));
' "$root/../shared/fixtures/configs" "$work/manifest.json"
"$binary" refresh --manifest "$work/manifest.json" | tail -1
"$binary" check "$work/upstream.ts"
cp "$work/upstream.ts" "$work/upstream-once.ts"
"$binary" refresh --manifest "$work/manifest.json" | tail -1
if ! cmp "$work/upstream.ts" "$work/upstream-once.ts"; then
  echo "FAIL: a second refresh changed the file"
  exit 1
fi
echo "second refresh: unchanged"
drift "$work/upstream.ts" >"$work/drift-all"
# Regenerating a model that had drift (qwen3-next) removes it; nothing new may appear.
new_drift=$(comm -13 <(sort "$work/drift-before") <(sort "$work/drift-all"))
if [[ -n "$new_drift" ]]; then
  printf 'FAIL: generating the shared configs added prettier drift:\n%s\n' "$new_drift"
  exit 1
fi
echo "no new drift ($(wc -l <"$work/drift-all") of the original $(wc -l <"$work/drift-before") drift lines remain)"
typecheck "$work/upstream.ts"
