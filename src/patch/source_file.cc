#include "patch/source_file.h"

#include "emit/ts_literal.h"

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

std::string NewModelsFileText(const PrintStyle& style) {
  std::string end = style.semi ? ";\n" : "\n";
  std::string braces = style.bracket_spacing ? "{ Model }" : "{Model}";
  return "import type " + braces + " from " + QuoteString("@/lib/schemas", style.single_quote) +
         end + "\nconst models: Model[] = [] satisfies Model[]" + end + "\nexport default models" +
         end;
}

}  // namespace fib
