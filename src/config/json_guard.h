// What nlohmann/json would crash or recurse on, found before it parses: nesting deeper than
// kMaxNestingDepth (every walk over a parsed value is recursive) and numbers outside the
// double range (nlohmann throws out_of_range for 1e400, not parse_error).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fib {

struct JsonProblem {
  size_t offset = 0;
  std::string message;
};

// The first such problem in `text` (any text: invalid JSON is left to the parser), if any.
std::optional<JsonProblem> FindJsonHazard(std::string_view text);

}  // namespace fib
