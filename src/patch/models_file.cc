#include "patch/models_file.h"

#include <algorithm>

#include "base/line_index.h"
#include "patch/edit_verification.h"

namespace fib {

namespace {

// How many pieces a mostly rewritten text is checked in: the check's extra memory is about two
// pieces' trees (measured: a refresh of every model of 4,000 then peaks at 1.1 parses).
constexpr size_t kPieces = 16;

constexpr const char* kBugHelp =
    "this is a bug in fib-modelgen; please report it with the input files";

std::vector<TextChange> ChangesOf(const std::vector<Edit>& edits) {
  std::vector<TextChange> changes;
  for (const Edit& edit : edits) {
    changes.push_back({edit.begin, edit.end, edit.begin + edit.text.size()});
  }
  return changes;
}

// Bytes removed or inserted by `edits`.
size_t EditedBytes(const std::vector<Edit>& edits) {
  size_t bytes = 0;
  for (const Edit& edit : edits) bytes += (edit.end - edit.begin) + edit.text.size();
  return bytes;
}

}  // namespace

ModelsFile::ModelsFile(std::unique_ptr<SourceFile> source, SyntaxTree tree, ModelsArray array)
    : source_(std::move(source)), tree_(std::move(tree)), array_(std::move(array)) {}

Result<ModelsFile> ModelsFile::Load(const std::string& path, const ArrayQuery& query,
                                    bool create_if_missing, const PrintStyle& new_file_style,
                                    const FileReader& files) {
  if (create_if_missing && !files.Exists(path)) {
    return FromBytes(path, NewModelsFileText(new_file_style), false, query);
  }
  Result<std::string> bytes = files.Read(path);
  if (!bytes) return bytes.error();
  return FromBytes(path, std::move(bytes).value(), true, query);
}

Result<ModelsFile> ModelsFile::FromBytes(std::string path, std::string bytes, bool existed,
                                         const ArrayQuery& query) {
  auto source = std::make_unique<SourceFile>();
  source->path = std::move(path);
  source->bytes = std::move(bytes);
  source->existed = existed;
  if (std::optional<size_t> cr = LoneCarriageReturn(source->Body())) {
    return ErrorAt(ErrorKind::kSyntax, source->path, source->Body(), *cr,
                   "a carriage return without a line feed: CR-only line endings are not "
                   "supported",
                   "convert the file to LF (or CRLF) line endings, e.g. tr '\\r' '\\n'");
  }
  Result<SyntaxTree> tree = SyntaxTree::Parse(source->path, source->Body());
  if (!tree) return tree.error();
  Status syntax = tree->CheckSyntax();
  if (!syntax) return syntax.error();
  Result<ModelsArray> array = tree->FindModelsArray(query);
  if (!array) return array.error();
  return ModelsFile(std::move(source), std::move(tree).value(), std::move(array).value());
}

Status ModelsFile::VerifyEdited(std::string_view new_body, const std::vector<Edit>& edits,
                                const Plan& plan, const ArrayQuery& query) {
  if (!tree_) {
    return Error(ErrorKind::kVerify, "internal error: this models file was applied already",
                 kBugHelp);
  }
  if (EditedBytes(edits) * 2 <= body().size()) {
    Result<SyntaxTree> tree = tree_->Reparse(new_body, ChangesOf(edits));
    return tree ? VerifyTree(*tree, plan, query) : Status(tree.error());
  }
  // Most of the text is new: nothing to reuse, and keeping the old tree beside a new one would
  // double peak memory. The new text is checked in pieces on both cores, each piece's tree freed
  // before the next, while this thread first frees the old tree (its pieces then reuse that
  // memory); the whole-text parse decides when that quick check does not pass.
  std::vector<size_t> cuts = CutPoints(array_, edits, kPieces);
  auto free_old_tree = [&] {
    tree_->Free();
    tree_.reset();
  };
  if (!cuts.empty() && VerifyInPieces(source_->path, new_body, cuts, plan, query, free_old_tree)) {
    return Ok{};
  }
  if (tree_) free_old_tree();
  Result<SyntaxTree> tree = SyntaxTree::Parse(source_->path, new_body);
  return tree ? VerifyTree(*tree, plan, query) : Status(tree.error());
}

Result<std::string> ModelsFile::Apply(const Plan& plan, const ArrayQuery& query) {
  // Sorted by offset, as the re-parse and the cut points need them; the plans built in plan.cc
  // are, so the copy (a file's worth of text for a full refresh) is only for other callers.
  std::vector<Edit> sorted;
  const std::vector<Edit>* edits = &plan.edits;
  auto by_begin = [](const Edit& a, const Edit& b) { return a.begin < b.begin; };
  if (!std::is_sorted(plan.edits.begin(), plan.edits.end(), by_begin)) {
    sorted = plan.edits;
    std::stable_sort(sorted.begin(), sorted.end(), by_begin);
    edits = &sorted;
  }
  Result<std::string> new_body = ApplyEdits(body(), *edits);
  if (!new_body) return new_body.error();
  Status verified = VerifyEdited(*new_body, *edits, plan, query);
  if (!verified) return verified.error();
  if (source_->Bom().empty()) return std::move(new_body).value();
  return std::string(source_->Bom()) + *new_body;
}

}  // namespace fib
