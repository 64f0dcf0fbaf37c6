#include "base/line_index.h"

#include <algorithm>

#include "base/utf8.h"

namespace fib {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

size_t LineIndex::LineOf(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<size_t>(it - starts_.begin());
}

Location LineIndex::Locate(const std::string& path, size_t offset) const {
  offset = std::min(offset, text_.size());
  size_t line = LineOf(offset);
  size_t start = starts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string_view::npos) end = text_.size();
  if (end > start && text_[end - 1] == '\r') --end;  // CRLF files: show the line without \r
  Location location;
  location.path = path;
  location.line = line;
  location.column = CodePointCount(text_.substr(start, offset - start)) + 1;
  location.source_line = std::string(text_.substr(start, end - start));
  return location;
}

Diagnostic ErrorAt(ErrorKind kind, const std::string& path, std::string_view text, size_t offset,
                   std::string message, std::string help) {
  Diagnostic diagnostic = Error(kind, std::move(message), std::move(help));
  diagnostic.where = LineIndex(text).Locate(path, offset);
  return diagnostic;
}

}  // namespace fib
