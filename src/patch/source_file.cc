#include "patch/source_file.h"

namespace fib {

std::string DetectNewline(std::string_view text) {
  size_t newline = text.find('\n');
  return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n"
                                                                                       : "\n";
}

std::optional<size_t> LoneCarriageReturn(std::string_view text) {
  for (size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1)) {
    if (at + 1 == text.size() || text[at + 1] != '\n') return at;
  }
  return std::nullopt;
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

}  // namespace fib
