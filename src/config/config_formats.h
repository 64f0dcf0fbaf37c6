// Configuration text in the formats prettier reads (JSON, JSON with comments, YAML, TOML), all
// read into the same JSON values, so one reader takes the options from any of them. The only
// place that includes yaml-cpp; toml++ comes through config/toml_reader.h.
#pragma once

#include <string>

#include "base/result.h"
#include "config/json_text.h"

namespace fib {

enum class ConfigFormat {
  kJson,              // package.json, .prettierrc.json
  kJsonWithComments,  // .prettierrc.json5, as far as fib-modelgen reads JSON5
  kYaml,              // .prettierrc, .prettierrc.yaml/.yml, package.yaml
  kToml,              // .prettierrc.toml, pyproject.toml
};

// Parses `text` (read from `path`). YAML scalars are typed as YAML 1.2's core schema says (as
// prettier's YAML reader does): quoted ones are strings; plain ones null, booleans, integers and
// floats when they look like one, else strings; an empty document is null. TOML dates are read
// as their text. Syntax errors are kInput errors at the place they were found.
Result<OrderedJson> ParseConfigText(const std::string& path, const std::string& text,
                                    ConfigFormat format);

// The byte offset of 0-based `line` and `column` (bytes) in `text`, clamped to the end of that
// line: for parsers that report errors by line and column.
size_t OffsetOfLineColumn(const std::string& text, size_t line, size_t column);

}  // namespace fib
