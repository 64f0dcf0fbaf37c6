#!/usr/bin/env bash
# Installs what fib-modelgen needs on a Debian 12 machine, as root: build tools and libraries
# (nlohmann/json, CLI11, utf8proc, yaml-cpp, toml++, GoogleTest) from Debian's packages, with
# Python's packaging tools and pre-commit for the packaging test; with --e2e, prettier and
# TypeScript from npm for the end-to-end tests; with --fuzz, clang with libFuzzer and the
# sanitizer runtimes (libclang-rt-14-dev) and llvm-symbolizer for scripts/fuzz.sh. Installs
# only what is missing; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build make git nlohmann-json3-dev libcli11-dev libutf8proc-dev
          libyaml-cpp-dev libtomlplusplus-dev libgtest-dev libgmock-dev nodejs npm binutils
          python3 python3-venv python3-build python3-setuptools python3-wheel
          python3-setuptools-whl python3-wheel-whl pre-commit)
e2e=false
for flag in "$@"; do
  [[ "$flag" == --e2e ]] && e2e=true
  [[ "$flag" == --fuzz ]] && packages+=(clang libclang-rt-14-dev llvm-14)
done
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
# The machine image may ship node and npm outside Debian's packages; keep those.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
  missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if $e2e; then
  if [[ ! -d tests/e2e/node_modules/prettier || ! -d tests/e2e/node_modules/typescript ]]; then
    echo "setup: installing the end-to-end tools (prettier, typescript) from tests/e2e/package-lock.json"
    (cd tests/e2e && npm ci --silent --no-audit --no-fund)
  fi
fi

# Mermaid rendering for tests/mermaid/mermaid_e2e.sh: Debian's chromium, and mermaid-cli from
# tests/mermaid/package-lock.json without the browser puppeteer would download.
if $e2e; then
  if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
    echo "setup: installing chromium (for the Mermaid end-to-end test)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  fi
  if [[ ! -x tests/mermaid/node_modules/.bin/mmdc ]]; then
    echo "setup: installing mermaid-cli from tests/mermaid/package-lock.json"
    (cd tests/mermaid && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --silent --no-audit --no-fund)
  fi
fi
