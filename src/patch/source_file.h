// A models.ts as bytes: an optional UTF-8 BOM (kept, never parsed) and the body after it,
// plus the conventions an edit must follow (line endings, indentation).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "emit/print_style.h"

namespace fib {

struct SourceFile {
  std::string path;
  std::string bytes;
  bool existed = true;

  bool HasBom() const { return bytes.compare(0, 3, "\xEF\xBB\xBF") == 0; }
  // The text tree-sitter parses and every edit offset refers to.
  std::string_view Body() const { return std::string_view(bytes).substr(HasBom() ? 3 : 0); }
  std::string_view Bom() const { return std::string_view(bytes).substr(0, HasBom() ? 3 : 0); }
};

// "\r\n" when the file's first line ends in CRLF, else "\n".
std::string DetectNewline(std::string_view text);

// Offset of the first carriage return not followed by a line feed (CR-only "old Mac" line
// endings), if any: tree-sitter would read such a file, but lines, columns and the line
// endings of inserted text would all be wrong, so it is refused.
std::optional<size_t> LoneCarriageReturn(std::string_view text);

// Replaces every "\n" in `text` with `newline`.
std::string WithNewlines(std::string_view text, const std::string& newline);

// The text of a new models.ts in the upstream shape, with an empty models array, as prettier
// prints it with `style` (semicolons, quotes, spaces inside the import's braces).
std::string NewModelsFileText(const PrintStyle& style);

}  // namespace fib
