// Maps byte offsets of a text to 1-based lines and code-point columns.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace fib {

class LineIndex {
 public:
  // Indexes `text`; the text must outlive the index.
  explicit LineIndex(std::string_view text);

  // Location of byte `offset` (clamped to the text) in file `path`, with its source line.
  Location Locate(const std::string& path, size_t offset) const;

  // 1-based line number holding byte `offset`.
  size_t LineOf(size_t offset) const;

  // Byte offset where 0-based line `line` starts.
  size_t LineStart(size_t line) const { return starts_[line]; }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// A diagnostic located at byte `offset` of `text` (file `path`).
Diagnostic ErrorAt(ErrorKind kind, const std::string& path, std::string_view text, size_t offset,
                   std::string message, std::string help = "");

}  // namespace fib
