#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest (unit, golden, end-to-end, and the
# suites over ../shared, which skip with a message when it is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --e2e
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j 2
