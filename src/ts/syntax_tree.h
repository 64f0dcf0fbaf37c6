// The only public face of tree-sitter in the project: parse TypeScript, report the first
// syntax error, find the models array. No TSNode leaves src/ts/.
#pragma once

#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "ts/models_array.h"

namespace fib {

// One change of a text, as tree-sitter's incremental re-parse needs it.
struct TextChange {
  size_t begin = 0;
  size_t old_end = 0;
  size_t new_end = 0;  // begin + length of the new text (earlier changes not applied)
};

class SyntaxTree {
 public:
  // Parses `text` (which must outlive the tree) as TypeScript. Fails (kSyntax) only when the
  // grammar cannot be loaded, naming both ABI versions.
  static Result<SyntaxTree> Parse(std::string path, std::string_view text);

  // Parses `new_text` reusing this tree: `changes` (ascending, non-overlapping, in old-text
  // offsets) say what differs from the text this tree was parsed from.
  Result<SyntaxTree> Reparse(std::string_view new_text,
                             const std::vector<TextChange>& changes) const;

  SyntaxTree(SyntaxTree&&) noexcept;
  SyntaxTree& operator=(SyntaxTree&&) noexcept;
  ~SyntaxTree();

  // Ok, or a kSyntax error at the first ERROR or MISSING node.
  Status CheckSyntax() const;

  // The array literal whose '[' stands at byte `offset`, read like the models array (ids
  // only), or a kSyntax error when there is none.
  Result<ModelsArray> ArrayStartingAt(size_t offset) const;

  // The single models array (see ArrayQuery), or a kSyntax error: none, or several.
  Result<ModelsArray> FindModelsArray(const ArrayQuery& query) const;

  // Frees the tree now (even when freeing at exit is skipped), on a second thread, while the
  // caller goes on: for callers that drop a large tree to make room for another. The future is
  // ready once the memory is back.
  std::future<void> FreeInBackground();

  // Trees still alive when the process ends are not freed: freeing millions of nodes just
  // before exit costs time (about a tenth of a large refresh) and gains nothing. main() calls
  // this; tests and sanitizer builds do not.
  static void SkipFreeingAtExit();

  const std::string& path() const;
  std::string_view text() const;

 private:
  struct Impl;
  explicit SyntaxTree(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace fib
