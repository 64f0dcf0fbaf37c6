#!/usr/bin/env bash
# Seeds for the fuzz targets, made at run time from the project's fixtures and golden inputs
# (and ../shared's configs when it is there): OUT/<target>/<checksum>, one file per input.
# Nothing is copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1

seed() {  # TARGET FILE...: copies each existing file, named by its checksum
  local target=$1
  shift
  mkdir -p "$out/$target"
  for file in "$@"; do
    [[ -f "$file" ]] || continue
    cp "$file" "$out/$target/$(sha1sum "$file" | cut -c1-16)"
  done
}

shared=../shared
mapfile -t configs < <(find fixtures/configs tests/golden -name '*.json' ! -name 'sglang*' \
  ! -name 'entry.json' ! -name 'options.json' ! -name 'prettierrc.json' -path '*config*')
mapfile -t shared_configs < <(find "$shared/fixtures/configs" -name '*.json' 2>/dev/null || true)
seed hf_config "${configs[@]}" "${shared_configs[@]}"
seed models_ts fixtures/models.ts $(find tests/golden -name '*.ts')
seed sglang fixtures/configs/sglang-*.json $(find tests/golden -name 'sglang*.json')
seed manifest fixtures/manifest.json tests/data/coverage/manifest.json
seed definition $(find fixtures/definitions tests/data -name '*.json' -path '*definitions*') \
  $(find tests/data -name '*.jsonl')
seed model_json fixtures/entries/*.json $(find tests/golden -name 'entry.json')
seed prettier_config $(find tests/golden -name 'prettierrc*' -o -name 'options.json') \
  pyproject.toml python/pyproject.toml
seed pyproject pyproject.toml python/pyproject.toml
seed editorconfig
