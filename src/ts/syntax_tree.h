// The only public face of tree-sitter in the project: parse TypeScript, report the first
// syntax error, find the models array. No TSNode leaves src/ts/.
#pragma once

#include <functional>
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
  // Parses `text` (which must outlive the tree) as TypeScript. Fails (kSyntax) when the
  // grammar cannot be loaded, naming both ABI versions, or when the parse takes longer than
  // its budget (kParseBudgetMicros and kParseMicrosPerByte of base/limits.h), which only
  // tree-sitter's error recovery on some broken texts does.
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

  // Reads the elements of `array` (FindModelsArray's result on this tree) back as literals one
  // at a time, in order: `visit` gets a copy of each element with `value` (or `read_error`)
  // filled, as ArrayQuery::read_values fills them all at once. A caller that needs each value
  // only while it looks at it so holds one element's value at a time, not the whole file's.
  void ReadElementValues(const ModelsArray& array,
                         const std::function<void(ArrayElement&&)>& visit) const;

  // Frees the tree now, even when freeing at exit is skipped: for callers that parse many texts
  // one after another and keep none of them. Nothing but destruction may follow.
  void Free();

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
