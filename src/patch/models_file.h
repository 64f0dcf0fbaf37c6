// A models.ts loaded, parsed and its models array found; and the checked application of a
// Plan to it (apply → re-parse → verify), which yields the new bytes without writing them.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "base/file_reader.h"
#include "base/result.h"
#include "patch/plan.h"
#include "patch/source_file.h"
#include "ts/syntax_tree.h"

namespace fib {

class ModelsFile {
 public:
  // Reads `path` through `files`. A missing file is an error unless `create_if_missing`, in
  // which case it starts as the upstream shape with an empty array, printed with
  // `new_file_style`. The file must parse cleanly and hold exactly one models array.
  static Result<ModelsFile> Load(const std::string& path, const ArrayQuery& query,
                                 bool create_if_missing,
                                 const PrintStyle& new_file_style = PrintStyle(),
                                 const FileReader& files = DiskFiles());

  // The same from bytes already in memory (`existed` says whether they came from disk).
  static Result<ModelsFile> FromBytes(std::string path, std::string bytes, bool existed,
                                      const ArrayQuery& query);

  const SourceFile& source() const { return *source_; }
  std::string_view body() const { return source_->Body(); }
  const ModelsArray& array() const { return array_; }

  // Each element of array() with its value read, one at a time (SyntaxTree::ReadElementValues);
  // nothing once Apply has released the tree.
  void ReadElementValues(const std::function<void(ArrayElement&&)>& visit) const {
    if (tree_) tree_->ReadElementValues(array_, visit);
  }

  // Applies `plan`, parses the result again and checks that it parses cleanly and that its
  // models array holds exactly the planned ids. Returns the new bytes (BOM included); nothing
  // is written. Failures are kVerify errors.
  //
  // The re-parse is incremental, reusing this file's tree, when the edits touch at most half
  // of the text. When they rewrite more (a refresh that changes every model), there is little
  // left to reuse and keeping both trees alive would double peak memory: this file's tree is
  // released, and the new text is checked in two halves on two cores (edit_verification.h),
  // with a whole-text parse deciding whenever that quick check does not pass. The file can
  // then not be applied again.
  Result<std::string> Apply(const Plan& plan, const ArrayQuery& query);

 private:
  ModelsFile(std::unique_ptr<SourceFile> source, SyntaxTree tree, ModelsArray array);
  Status VerifyEdited(std::string_view new_body, const std::vector<Edit>& edits, const Plan& plan,
                      const ArrayQuery& query);
  std::unique_ptr<SourceFile> source_;  // heap-held: the tree refers to its bytes
  std::optional<SyntaxTree> tree_;      // empty once released by Apply
  ModelsArray array_;
};

}  // namespace fib
