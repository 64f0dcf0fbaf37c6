#include "patch/source_file.h"

namespace fib {

std::string DetectNewline(std::string_view text) {
  size_t newline = text.find('\n');
  return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n"
                                                                                       : "\n";
}

std::string WithNewlines(std::string_view text, const std::string& newline) {
  if (newline == "\n") return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '\n') {
      out += newline;
    } else {
      out += c;
    }
  }
  return out;
}

std::string NewModelsFileText() {
  return "import type { Model } from \"@/lib/schemas\"\n"
         "\n"
         "const models: Model[] = [] satisfies Model[]\n"
         "\n"
         "export default models\n";
}

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
