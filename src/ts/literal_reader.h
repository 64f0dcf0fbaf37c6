// Reads a tree-sitter expression node back as a LiteralValue. Private to src/ts/.
#pragma once

#include <tree_sitter/api.h>

#include <string>
#include <string_view>

#include "model/literal_value.h"

namespace fib::ts_internal {

struct ReadFailure {
  std::string message;
  size_t offset = 0;
};

// Fills `out` from `node`; on an unsupported construct, or nesting past kMaxNestingDepth
// (`depth` counts the levels above `node`), returns false and fills `failure`.
bool ReadLiteral(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure,
                 size_t depth = 0);

}  // namespace fib::ts_internal
