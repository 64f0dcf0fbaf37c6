// The shapes recorded in an entry's marker comment, `// fib-modelgen: generated from X
// (tp=1,2, ep=8, ps=1,64)`: what a model read back from a models.ts was generated for.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fib {

struct MarkedShapes {
  std::vector<int64_t> tp;
  int64_t ep = 1;
  std::vector<int64_t> page_sizes;
};

// Reads the "(tp=…, ep=…, ps=…)" that naming's ShapeSummary wrote at the end of a
// fib-modelgen marker; nothing for any other comment.
std::optional<MarkedShapes> ParseMarkerShapes(std::string_view comment);

}  // namespace fib
