#!/usr/bin/env bash
# Sets everything up, builds, and runs every test with ctest (unit, golden, end-to-end, and the
# suites over ../shared, which skip with a message when it is absent), then the fuzz targets:
# their regression corpus, and FIB_FUZZ_SECONDS (default 60) of fuzzing each, two at a time
# (scripts/fuzz.sh; FIB_FUZZ_SECONDS=0 skips the fuzzing but not the regression corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --e2e
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j 2
bash scripts/fuzz.sh "${FIB_FUZZ_SECONDS:-60}"
