#include "base/text_lines.h"

namespace fib {

size_t LineStartOf(std::string_view text, size_t offset) {
  size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

std::string IndentationOfLine(std::string_view text, size_t offset) {
  size_t start = LineStartOf(text, offset);
  size_t end = start;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return std::string(text.substr(start, end - start));
}

bool StartsItsLine(std::string_view text, size_t offset) {
  size_t start = LineStartOf(text, offset);
  for (size_t i = start; i < offset; ++i) {
    if (text[i] != ' ' && text[i] != '\t') return false;
  }
  return true;
}

}  // namespace fib
