#include "config/json_guard.h"

#include <cmath>
#include <cstdlib>

#include "base/limits.h"

namespace fib {

namespace {

bool IsNumberChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// End of the string starting at the quote `begin` (just after its closing quote).
size_t SkipString(std::string_view text, size_t begin) {
  size_t i = begin + 1;
  while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
  return i + 1;
}

std::optional<JsonProblem> CheckNumber(std::string_view token, size_t offset) {
  std::string digits(token);
  double value = std::strtod(digits.c_str(), nullptr);
  if (std::isfinite(value)) return std::nullopt;
  return JsonProblem{offset, "number " + digits.substr(0, 40) +
                                 " is out of range (beyond a double's largest value)"};
}

}  // namespace

std::optional<JsonProblem> FindJsonHazard(std::string_view text) {
  size_t depth = 0;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '"') {
      i = SkipString(text, i);
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNestingDepth) {
        return JsonProblem{i, "nested deeper than the limit of " +
                                  std::to_string(kMaxNestingDepth) + " arrays and objects"};
      }
      ++i;
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
      ++i;
    } else if (IsNumberChar(c)) {
      size_t end = i;
      while (end < text.size() && IsNumberChar(text[end])) ++end;
      if (auto problem = CheckNumber(text.substr(i, end - i), i)) return problem;
      i = end;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

}  // namespace fib
