#include "patch/edit_verification.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>

namespace fib {

namespace {

constexpr const char* kBugHelp =
    "this is a bug in fib-modelgen; please report it with the input files";

Diagnostic VerifyError(const std::string& message) {
  return Error(ErrorKind::kVerify, message + "; nothing was written", kBugHelp);
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return "[" + out + "]";
}

// Piece `index` of `text` cut at `cuts`, bracketed so that it is an array literal on its own
// (the first piece keeps the file's start and holds the models array).
std::string Piece(std::string_view text, const std::vector<size_t>& cuts, size_t index) {
  size_t begin = index == 0 ? 0 : cuts[index - 1];
  size_t end = index == cuts.size() ? text.size() : cuts[index];
  return std::string(index == 0 ? "" : "[") + std::string(text.substr(begin, end - begin)) +
         std::string(index == cuts.size() ? "" : "]");
}

// The ids of one piece, or nothing when it does not parse cleanly. Its tree is freed here.
std::optional<std::vector<std::string>> PieceIds(const std::string& path, const std::string& piece,
                                                 bool first, const ArrayQuery& query) {
  Result<SyntaxTree> tree = SyntaxTree::Parse(path, piece);
  if (!tree) return std::nullopt;
  std::optional<std::vector<std::string>> ids;
  if (tree->CheckSyntax().ok()) {
    Result<ModelsArray> array = first ? tree->FindModelsArray(query) : tree->ArrayStartingAt(0);
    if (array) ids = ElementIds(*array);
  }
  tree->Free();
  return ids;
}

}  // namespace

Status VerifyTree(const SyntaxTree& tree, const Plan& plan, const ArrayQuery& query) {
  Status syntax = tree.CheckSyntax();
  if (!syntax) {
    const Location& where = *syntax.error().where;
    return VerifyError("the edited text would not parse (" + syntax.error().message + " at line " +
                       std::to_string(where.line) + ", column " + std::to_string(where.column) +
                       " of the result)");
  }
  ArrayQuery ids_only = query;
  ids_only.read_values = false;
  Result<ModelsArray> array = tree.FindModelsArray(ids_only);
  if (!array) return VerifyError("the edited text has no single models array");
  std::vector<std::string> ids = ElementIds(*array);
  if (ids != plan.expected_ids || array->elements.size() != plan.expected_elements) {
    return VerifyError("the edited models array holds " + JoinIds(ids) + ", expected " +
                       JoinIds(plan.expected_ids));
  }
  return Ok{};
}

std::vector<size_t> CutPoints(const ModelsArray& old_array, const std::vector<Edit>& edits,
                              size_t pieces) {
  std::vector<size_t> cuts;
  size_t count = old_array.elements.size();
  if (count < 4 || pieces < 2) return cuts;
  size_t next_edit = 0;
  int64_t shift = 0;  // growth of the text from the edits before the cut
  for (size_t piece = 1; piece < pieces; ++piece) {
    const ArrayElement& element = old_array.elements[piece * count / pieces];
    if (!element.comma_end) continue;
    size_t cut = *element.comma_end;
    for (; next_edit < edits.size() && edits[next_edit].end <= cut && edits[next_edit].begin < cut;
         ++next_edit) {
      const Edit& edit = edits[next_edit];
      shift += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.end - edit.begin);
    }
    bool touched = next_edit < edits.size() && edits[next_edit].begin <= cut &&
                   (cut < edits[next_edit].end || edits[next_edit].begin == cut);
    size_t at = static_cast<size_t>(static_cast<int64_t>(cut) + shift);
    if (!touched && (cuts.empty() || cuts.back() < at)) cuts.push_back(at);
  }
  return cuts;
}

bool VerifyInPieces(const std::string& path, std::string_view text, const std::vector<size_t>& cuts,
                    const Plan& plan, const ArrayQuery& query,
                    const std::function<void()>& meanwhile) {
  ArrayQuery ids_only = query;
  ids_only.read_values = false;
  // Largest first, and the largest for this thread, after `meanwhile`: when one element is
  // most of the file (an upsert of a model of 40,000 modules), its piece then reuses the old
  // tree's memory instead of standing beside it.
  std::vector<size_t> order(cuts.size() + 1);
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto size_of = [&](size_t i) {
    return (i == cuts.size() ? text.size() : cuts[i]) - (i == 0 ? 0 : cuts[i - 1]);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return size_of(a) > size_of(b); });
  std::vector<std::optional<std::vector<std::string>>> ids(order.size());
  auto check = [&](size_t i) { ids[i] = PieceIds(path, Piece(text, cuts, i), i == 0, ids_only); };
  std::atomic<size_t> next{1};  // order[0] is this thread's
  auto take_pieces = [&] {
    for (size_t k = next++; k < order.size(); k = next++) check(order[k]);
  };
  std::future<void> helper = std::async(std::launch::async, take_pieces);
  meanwhile();
  check(order[0]);
  take_pieces();
  helper.get();
  std::vector<std::string> all;
  for (const std::optional<std::vector<std::string>>& piece : ids) {
    if (!piece) return false;
    all.insert(all.end(), piece->begin(), piece->end());
  }
  return all == plan.expected_ids && all.size() == plan.expected_elements;
}

}  // namespace fib
