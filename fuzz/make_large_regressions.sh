#!/usr/bin/env bash
# The hostile inputs of issue 8 too large to commit, written into OUT/<target>/ for
# scripts/fuzz.sh to run with fuzz/regressions/ (each must end in a clean error, quickly).
set -euo pipefail
out=$1
python3 - "$out" <<'PY'
import os, sys
out = sys.argv[1]

def write(target, name, text):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    with open(os.path.join(out, target, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)

deep = "[" * 30000 + "]" * 30000
model = '{"id": "x", "name": "x", "modules": {"R": {"count": 1, "type": "block"}}}'
# models.ts: many unclosed brackets, a literal nested past the limit, a long line with an error
write("models_ts", "unclosed-brackets.ts", "const models = [" + "[" * 65600 + "\n")
write("models_ts", "deep-definitions.ts",
      'const models = [\n  {id: "x", name: "x", modules: {a: {count: 1, type: "layer", '
      "definitions: " + "[" * 20000 + "]" * 20000 + "}}},\n]\n")
write("models_ts", "long-line.ts", "const models = [" + "x" * 2000000 + " @ ]\n")
write("models_ts", "many-models.ts", "const models = [\n" + "".join(
    '  {id: "m%d", name: "M", modules: {R: {count: 1, type: "block"}}},\n' % i
    for i in range(3000)) + "];\n")
# JSON loaders: nesting far past the limit, and an object with very many keys
for target in ("hf_config", "model_json", "manifest", "definition", "sglang"):
    write(target, "deep-nesting.json", '{"id": "x", "a": ' + deep + "}")
write("model_json", "many-keys.json",
      "{" + ",".join('"k%d": 1' % i for i in range(100000)) + "}")
write("hf_config", "many-layer-types.json",
      '{"model_type": "qwen3_next", "num_hidden_layers": 100000, "layer_types": ['
      + ",".join(['"linear_attention"'] * 100000) + "]}")
# configuration files: deep YAML, TOML and JSON5, an endless .editorconfig line
write("prettier_config", "deep-yaml", "a: " + deep + "\n")
write("prettier_config", "deep-yaml-block", "".join(" " * i + "a:\n" for i in range(3000)))
write("prettier_config", "deep-toml", "a = " + deep + "\n")
write("pyproject", "deep-toml-array", "[tool.fib-modelgen]\nfile = " + deep + "\n")
write("pyproject", "deep-toml-inline-table", "a = " + "{b = " * 20000 + "1" + "}" * 20000 + "\n")
write("editorconfig", "long-section", "[" + "{a,b}" * 100000 + "]\nindent_size = 4\n")
PY
