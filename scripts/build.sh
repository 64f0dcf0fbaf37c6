#!/usr/bin/env bash
# Configures and builds fib-modelgen into build/ (the grammar is fetched and verified there).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build build -j 2
