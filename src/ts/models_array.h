// The models array of a models.ts file as plain data: byte ranges, ids and (optionally)
// each element read back as a literal. Produced by SyntaxTree::FindModelsArray.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/literal_value.h"

namespace fib {

struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

struct ArrayElement {
  ByteRange node;                           // the element expression itself
  size_t extent_begin = 0;                  // start of its leading comment lines, else node.begin
  std::vector<ByteRange> leading_comments;  // comments on the lines directly above it
  std::string node_type;                    // tree-sitter type, e.g. "object"
  std::optional<std::string> id;            // the string value of its `id` property
  size_t id_offset = 0;                     // where that value starts
  // Why the element's id cannot be read as a plain string (a template literal with
  // substitutions, a computed or escaped key, a getter, a spread, `as const`, not an object),
  // and where: such an element might be any model, so edits refuse instead of guessing.
  std::optional<std::string> id_problem;
  size_t id_problem_offset = 0;
  std::optional<size_t> comma_end;          // byte after the comma that follows it, if any
  std::optional<LiteralValue> value;        // filled when reading values was asked for
  std::optional<std::string> read_error;    // why the element could not be read as a literal
  size_t read_error_offset = 0;
};

struct ModelsArray {
  ByteRange array;     // from '[' to just after ']'
  std::string holder;  // "const models", "export default", ...
  std::vector<ArrayElement> elements;
};

struct ArrayQuery {
  std::string variable = "models";  // --array NAME
  bool variable_given = false;      // when true, `export default [...]` is not a candidate
  bool read_values = false;         // read every element back as a LiteralValue
};

}  // namespace fib
