#include "model/marker_shapes.h"

#include <cctype>
#include <string>

namespace fib {

namespace {

// "1,2,4" → {1, 2, 4}; nothing unless every item is a positive number.
std::optional<std::vector<int64_t>> Numbers(std::string_view text) {
  std::vector<int64_t> values;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = std::min(text.find(',', start), text.size());
    std::string_view item = text.substr(start, comma - start);
    if (item.empty() || item.size() > 9) return std::nullopt;
    for (char c : item) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    }
    values.push_back(std::stoll(std::string(item)));
    if (values.back() == 0) return std::nullopt;
    start = comma + 1;
  }
  return values;
}

// The value of "key=" up to the next ", " or the end of `text`.
std::string_view Field(std::string_view text, std::string_view key) {
  size_t at = text.find(key);
  if (at == std::string_view::npos) return {};
  std::string_view rest = text.substr(at + key.size());
  return rest.substr(0, rest.find(", "));
}

}  // namespace

std::optional<MarkedShapes> ParseMarkerShapes(std::string_view comment) {
  if (comment.find("fib-modelgen: generated from ") == std::string_view::npos) return std::nullopt;
  size_t open = comment.rfind("(tp=");
  size_t close = comment.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return std::nullopt;
  }
  std::string_view shapes = comment.substr(open + 1, close - open - 1);
  std::optional<std::vector<int64_t>> tp = Numbers(Field(shapes, "tp="));
  std::optional<std::vector<int64_t>> ep = Numbers(Field(shapes, "ep="));
  std::optional<std::vector<int64_t>> ps = Numbers(Field(shapes, "ps="));
  if (!tp || !ep || ep->size() != 1 || !ps) return std::nullopt;
  return MarkedShapes{*tp, ep->front(), *ps};
}

}  // namespace fib
