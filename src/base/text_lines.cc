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

// Looks back only over the blanks before `offset`, never to the start of a long line: it is
// asked once per element, and in a file with every model on one line, finding the line start
// each time made the planner quadratic.
bool StartsItsLine(std::string_view text, size_t offset) {
  size_t i = offset;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i == 0 || text[i - 1] == '\n';
}

std::string OnOneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      out += text[i] == '\n' ? "\\n" : "\\r";
    } else if (text.compare(i, 3, "\u2028") == 0 || text.compare(i, 3, "\u2029") == 0) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace fib
