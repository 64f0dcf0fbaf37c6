#include "base/code_frame.h"

#include "base/utf8.h"

namespace fib {

namespace {

// Byte offset of code point `index` (0-based) in `line`, or line.size() past its end.
size_t ByteOfCodePoint(std::string_view line, size_t index) {
  size_t seen = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (IsUtf8Continuation(static_cast<unsigned char>(line[i]))) continue;
    if (seen++ == index) return i;
  }
  return line.size();
}

// A lone carriage return would move the terminal's cursor back over the frame.
std::string Printable(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

FrameLine FrameWindow(std::string_view line, size_t column, size_t width) {
  if (line.size() <= width) return {Printable(line), column};  // bytes ≥ code points
  size_t points = CodePointCount(line);
  if (points <= width) return {Printable(line), column};
  size_t caret = column == 0 ? 0 : column - 1;
  size_t first = caret > width / 2 ? caret - width / 2 : 0;
  if (first + width > points) first = points > width ? points - width : 0;
  size_t begin = ByteOfCodePoint(line, first);
  size_t end = ByteOfCodePoint(line, first + width);
  FrameLine frame;
  frame.text = (first > 0 ? "..." : "") + Printable(line.substr(begin, end - begin)) +
               (end < line.size() ? "..." : "");
  frame.column = caret - first + 1 + (first > 0 ? 3 : 0);
  return frame;
}

}  // namespace fib
