#!/usr/bin/env bash
# The packaging chain, offline, as a user meets it:
#   1. the sdist is built from a copy of this tree (the npm tarballs come from the main build's
#      download directory, FIB_TARBALL_DIR, so nothing is fetched twice; FIB_SDIST_SOURCES=none,
#      so the pinned library sources, which come from GitHub, are not carried: the wheel is
#      built with Debian's libraries, linked statically),
#   2. the wheel is built from the unpacked sdist with npm made unusable (it must not be needed),
#   3. the wheel goes into a fresh venv, whose fib-modelgen and `python -m fib_modelgen` run,
#   4. Debian's pre-commit, with PIP_NO_INDEX and a local find-links directory holding only that
#      wheel (and setuptools/wheel, for the hooks package), runs this repository's hooks on a
#      sample repository made of the upstream fixtures, with no fib-modelgen on PATH:
#      `pre-commit run --all-files` from a fresh clone passes, and `pre-commit try-repo` shows
#      each hook passing and failing where it should.
# Usage: wheel_precommit_test.sh SOURCE_DIR TARBALL_DIR. Exit 77 (skipped) when a tool it needs
# is missing (scripts/setup.sh installs them all).
set -euo pipefail

source_dir=$(cd "$1" && pwd)
tarball_dir=$2  # the main build's downloads; when it is missing the sdist step runs npm
python=/usr/bin/python3  # Debian's, with python3-build, -venv, -setuptools and -wheel

skip() { echo "skipped: $*"; exit 77; }
for tool in git cmake pre-commit readelf; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (run scripts/setup.sh)"
done
"$python" -c 'import build, venv, setuptools, wheel' 2>/dev/null ||
  skip "Debian's python3-build/-venv/-setuptools/-wheel are not installed (run scripts/setup.sh)"
compgen -G "/usr/share/python-wheels/setuptools-*.whl" >/dev/null &&
  compgen -G "/usr/share/python-wheels/wheel-*.whl" >/dev/null ||
  skip "python3-setuptools-whl/python3-wheel-whl are not installed (run scripts/setup.sh)"
git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1 || skip "$source_dir is not a git checkout"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
fail() { echo "FAILED: $*"; exit 1; }
# Runs a command quietly into a log; shows the log's end when it fails.
logged() {
  local log=$1; shift
  "$@" >"$log" 2>&1 || { tail -40 "$log"; fail "$* (log above)"; }
}

# A known environment: Debian's tools only, nothing of the caller's pip or git configuration.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$work/home" PRE_COMMIT_HOME="$work/pre-commit"
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid
unset PYTHONPATH VIRTUAL_ENV PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_FIND_LINKS FIB_TARBALL_DIR
mkdir -p "$HOME"
! command -v fib-modelgen >/dev/null || fail "fib-modelgen is on PATH: $(command -v fib-modelgen)"

version=$(sed -nE 's/^project\([a-z_]+ VERSION ([0-9.]+).*/\1/p' "$source_dir/CMakeLists.txt")
grep -qx "version = \"$version\"" "$source_dir/pyproject.toml" &&
  grep -qx "dependencies = \[\"fib-modelgen==$version\"\]" "$source_dir/pyproject.toml" ||
  fail "pyproject.toml (the hooks package) does not follow CMakeLists.txt's version $version"
ok "the hooks package pins fib-modelgen==$version, CMakeLists.txt's version"

# --- this repository as the hooks repository: its files, committed, at a known rev ---------
hooks="$work/fib-modelgen"
mkdir -p "$hooks"
(cd "$source_dir" && git ls-files -z -co --exclude-standard) |
  while IFS= read -r -d '' file; do
    [[ -f "$source_dir/$file" ]] && install -D -m "$(stat -c %a "$source_dir/$file")" \
      "$source_dir/$file" "$hooks/$file"
  done
git -C "$hooks" init -q -b main && git -C "$hooks" add -A && git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)

# --- 1. sdist ------------------------------------------------------------------------------
dist="$work/dist"
reuse=""
[[ -d "$tarball_dir" ]] && reuse=$(cd "$tarball_dir" && pwd)
FIB_TARBALL_DIR="$reuse" FIB_SDIST_SOURCES=none logged "$work/sdist.log" \
  "$python" -m build --no-isolation --sdist --outdir "$dist" "$hooks/python"
sdist=$(ls "$dist"/*.tar.gz)
listing=$(tar tzf "$sdist")
for member in CMakeLists.txt pyproject.toml setup.py fib_build_backend.py src/app/main.cc \
              third_party/tree-sitter.pin third_party/tarballs/tree-sitter-0.21.1.tgz \
              third_party/tarballs/tree-sitter-typescript-0.23.2.tgz third_party/utf8proc.pin \
              third_party/yaml-cpp.pin third_party/tomlplusplus.pin \
              third_party/text_libraries.cmake third_party/pinned_sources.cmake; do
  grep -q "^[^/]*/$member\$" <<<"$listing" || fail "the sdist lacks $member"
done
! grep -qE '_test\.cc$|^[^/]*/tests/' <<<"$listing" || fail "the sdist carries tests"
ok "sdist $(basename "$sdist"): the CMake project and both pinned npm tarballs, no tests"

# --- 2. wheel from the unpacked sdist, npm unusable ----------------------------------------
mkdir -p "$work/no-npm" "$work/unpacked"
printf '#!/bin/sh\necho "npm was called" >&2\ntouch "%s/npm-called"\nexit 1\n' "$work" \
  >"$work/no-npm/npm"
chmod +x "$work/no-npm/npm"
tar xzf "$sdist" -C "$work/unpacked"
start=$SECONDS
PATH="$work/no-npm:$PATH" logged "$work/wheel.log" \
  "$python" -m build --no-isolation --wheel --outdir "$dist" "$work/unpacked"/*/
[[ ! -e "$work/npm-called" ]] || fail "building the wheel from the sdist called npm"
wheel=$(ls "$dist"/*.whl)
[[ $(basename "$wheel") == fib_modelgen-$version-py3-none-linux_*.whl ]] ||
  fail "unexpected wheel name $(basename "$wheel")"
ok "wheel $(basename "$wheel") built from the sdist in $((SECONDS - start)) s, without npm"

"$python" - "$wheel" "$work/wheel-binary" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    name = next(n for n in wheel.namelist() if n.endswith(".data/scripts/fib-modelgen"))
    mode = wheel.getinfo(name).external_attr >> 16
    assert mode & 0o111, f"{name} is not executable in the wheel"
    open(sys.argv[2], "wb").write(wheel.read(name))
EOF
sections=$(readelf -S -W "$work/wheel-binary")
! grep -qE '\.symtab|\.debug_' <<<"$sections" || fail "the wheel's binary is not stripped"
needed=$(readelf -d "$work/wheel-binary" | grep NEEDED || true)
! grep -qE 'tree-sitter|utf8proc|yaml|toml' <<<"$needed" ||
  fail "the wheel's binary needs a shared library it should carry: $needed"
ok "the wheel carries fib-modelgen as an executable script: stripped, tree-sitter, utf8proc, yaml-cpp and toml++ linked in"

# --- 3. a fresh venv -----------------------------------------------------------------------
logged "$work/venv.log" "$python" -m venv "$work/venv"
logged "$work/venv.log" "$work/venv/bin/pip" install --no-index "$wheel"
[[ $("$work/venv/bin/fib-modelgen" --version) == "fib-modelgen $version" ]] ||
  fail "venv: fib-modelgen --version printed '$("$work/venv/bin/fib-modelgen" --version)'"
[[ $("$work/venv/bin/python" -m fib_modelgen --version) == "fib-modelgen $version" ]] ||
  fail "venv: python -m fib_modelgen --version"
ok "fresh venv: fib-modelgen --version and python -m fib_modelgen --version print 'fib-modelgen $version'"

# --- 4. pre-commit: a local package index of one wheel, no fib-modelgen on PATH -------------
mkdir -p "$work/find-links"
cp "$wheel" /usr/share/python-wheels/setuptools-*.whl /usr/share/python-wheels/wheel-*.whl \
  "$work/find-links/"
export PIP_NO_INDEX=1 PIP_FIND_LINKS="$work/find-links"

# The sample: FlashInfer-Bench's models.ts, a manifest over three of its models, their
# configs and the definition dataset (../shared's upstream fixtures; the bundled ones without it).
sample="$work/sample"
data="$sample/web/apps/web/data"
mkdir -p "$data" "$sample/model_analysis"
shared="$source_dir/../shared/fixtures"
if [[ -f "$shared/upstream/models.ts" ]]; then
  cp "$shared/upstream/models.ts" "$data/models.ts"
  configs="$shared/configs" definitions="$shared/flashinfer-trace/definitions"
  from="../shared (upstream models.ts)"
else
  cp "$source_dir/fixtures/models.ts" "$data/models.ts"
  configs="$source_dir/fixtures/configs" definitions="$source_dir/fixtures/definitions"
  from="the bundled fixtures (../shared is absent)"
fi
for id in llama-3.1-8b qwen3-30b-a3b deepseek-v3; do
  mkdir -p "$sample/model_analysis/$id" && cp "$configs/$id.json" "$sample/model_analysis/$id/config.json"
done
mkdir -p "$sample/flashinfer-trace" && cp -r "$definitions" "$sample/flashinfer-trace/definitions"
chmod -R u+w "$sample"  # ../shared is read-only
cat >"$data/models.manifest.json" <<'EOF'
{
  "output": "models.ts",
  "definitions": "../../../../flashinfer-trace",
  "models": [
    { "id": "llama-3.1-8b", "config": "../../../../model_analysis/llama-3.1-8b/config.json" },
    { "id": "qwen3-30b-a3b", "config": "../../../../model_analysis/qwen3-30b-a3b/config.json" },
    { "id": "deepseek-v3", "config": "../../../../model_analysis/deepseek-v3/config.json",
      "tp": 8, "ep": 8 }
  ]
}
EOF
cat >"$sample/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: fib-modelgen-refresh
      - id: fib-modelgen-check
EOF
git -C "$sample" init -q -b main && git -C "$sample" add -A &&
  git -C "$sample" commit -q -m "upstream fixtures and a manifest"

# Runs pre-commit in DIR, keeping its output in $out and its exit code in $rc.
precommit() {
  local dir=$1; shift
  rc=0
  out=$(cd "$dir" && pre-commit "$@" 2>&1) || rc=$?
}
expect() {  # expect RC TEXT WHAT: the last pre-commit run exited RC and printed TEXT
  if [[ $rc != "$1" ]] || ! grep -qF -- "$2" <<<"$out"; then
    echo "$out" | tail -40
    fail "$3: expected exit $1 and '$2', got exit $rc (output above)"
  fi
}
# has PATTERN WHAT: the last pre-commit output has a line matching PATTERN (extended regex).
has() { grep -qE -- "$1" <<<"$out" || { echo "$out" | tail -40; fail "$2 (output above)"; }; }
lacks() { ! grep -qE -- "$1" <<<"$out" || { echo "$out" | tail -40; fail "$2 (output above)"; }; }
status() {  # the hooks' result lines of the last run, as "name: Passed, name: Failed"
  grep -E '^fib-modelgen.*\.{3,}(Passed|Failed|Skipped)$' <<<"$out" | sed -E 's/\.{3,}/: /' |
    paste -sd ';' | sed 's/;/, /g'
}

start=$SECONDS
precommit "$sample" run --all-files
expect 1 "files were modified by this hook" "first run on the upstream file"
git -C "$sample" diff --quiet -- web/apps/web/data/models.ts &&
  fail "the refresh hook reported a change but models.ts is unchanged"
ok "sample from $from, first run installs the hooks in $((SECONDS - start)) s; refresh fixes models.ts: $(status)"
precommit "$sample" run --all-files
expect 0 "Passed" "second run"
git -C "$sample" commit -qam "models.ts refreshed by the hook"
ok "second run: $(status)"

clone="$work/clone"
git clone -q "$sample" "$clone"
export PRE_COMMIT_HOME="$work/pre-commit-clone"
precommit "$clone" run --all-files
expect 0 "fib-modelgen refresh" "fresh clone"
lacks Failed "fresh clone: a hook failed"
installed=$(ls "$PRE_COMMIT_HOME"/repo*/py_env-*/bin/fib-modelgen) ||
  fail "no fib-modelgen in pre-commit's environment"
cmp -s "$installed" "$work/wheel-binary" || fail "pre-commit's fib-modelgen is not the wheel's"
! command -v fib-modelgen >/dev/null || fail "fib-modelgen turned up on PATH"
ok "fresh clone, fresh PRE_COMMIT_HOME: pre-commit run --all-files passes ($(status)); its fib-modelgen is the wheel's binary, none on PATH"

# try-repo (each run installs the hooks afresh from the find-links directory; with no hook id
# it runs them all, ordered by id).
sed -i 's/"num_hidden_layers": 32/"num_hidden_layers": 30/' \
  "$clone/model_analysis/llama-3.1-8b/config.json"
git -C "$clone" diff --quiet && fail "could not edit the llama config"
precommit "$clone" try-repo "$hooks" fib-modelgen-refresh-check --ref "$rev" --all-files
expect 1 "- exit code: 1" "try-repo refresh-check after a config edit"
has '^fib-modelgen refresh --check\.+Failed' "try-repo: refresh-check should fail"
has '^-        count: 32,' "try-repo: refresh-check should show the diff"
git -C "$clone" diff --quiet -- web/apps/web/data/models.ts ||
  fail "refresh-check changed models.ts"
ok "try-repo after editing a config: $(status) with the diff, models.ts untouched"
precommit "$clone" try-repo "$hooks" fib-modelgen-refresh --ref "$rev" --all-files
expect 1 "files were modified by this hook" "try-repo refresh after a config edit"
git -C "$clone" diff -U0 -- web/apps/web/data/models.ts | grep -q '^+        count: 30,' ||
  fail "refresh did not write the new layer count into models.ts"
ok "try-repo fib-modelgen-refresh: $(status) (files were modified by this hook)"
precommit "$clone" try-repo "$hooks" --ref "$rev" --all-files
expect 0 "Passed" "try-repo, all hooks, after the fix"
lacks Failed "try-repo after the fix: a hook failed"
ok "try-repo, every hook, once fixed: $(status)"

git -C "$clone" checkout -q -- .
printf '{\n' >>"$clone/web/apps/web/data/models.ts"
precommit "$clone" try-repo "$hooks" fib-modelgen-check --ref "$rev" --all-files
expect 1 "models.ts:" "try-repo on a broken models.ts"
has '^fib-modelgen check\.+Failed' "try-repo: check should fail"
ok "try-repo fib-modelgen-check on a models.ts with a syntax error: $(status) ($(grep -m1 -oE 'models\.ts:[0-9]+:[0-9]+: error: .*' <<<"$out"))"

echo "packaging: $passed checks passed"
