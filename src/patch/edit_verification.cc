#include "patch/edit_verification.h"

#include <future>

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

// The ids of one half, or nothing when it does not parse cleanly.
std::optional<std::vector<std::string>> HalfIds(const SyntaxTree& tree, bool first,
                                                const ArrayQuery& query) {
  if (!tree.CheckSyntax().ok()) return std::nullopt;
  Result<ModelsArray> array = first ? tree.FindModelsArray(query) : tree.ArrayStartingAt(0);
  if (!array) return std::nullopt;
  return ElementIds(*array);
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

std::optional<size_t> SplitPoint(const ModelsArray& old_array, const std::vector<Edit>& edits) {
  if (old_array.elements.size() < 4) return std::nullopt;
  const ArrayElement& middle = old_array.elements[old_array.elements.size() / 2];
  if (!middle.comma_end) return std::nullopt;
  size_t cut = *middle.comma_end;
  int64_t shift = 0;
  for (const Edit& edit : edits) {
    if (edit.begin <= cut && cut < edit.end) return std::nullopt;
    if (edit.begin == cut && edit.begin == edit.end) return std::nullopt;
    if (edit.end <= cut) {
      shift += static_cast<int64_t>(edit.text.size()) - static_cast<int64_t>(edit.end - edit.begin);
    }
  }
  return static_cast<size_t>(static_cast<int64_t>(cut) + shift);
}

bool VerifyInHalves(const std::string& path, std::string_view text, size_t split, const Plan& plan,
                    const ArrayQuery& query) {
  std::string first = std::string(text.substr(0, split)) + "]";
  std::string second = "[" + std::string(text.substr(split));
  ArrayQuery ids_only = query;
  ids_only.read_values = false;
  auto second_ids = std::async(std::launch::async, [&] {
    Result<SyntaxTree> tree = SyntaxTree::Parse(path, second);
    return tree ? HalfIds(*tree, false, ids_only) : std::nullopt;
  });
  Result<SyntaxTree> tree = SyntaxTree::Parse(path, first);
  std::optional<std::vector<std::string>> ids =
      tree ? HalfIds(*tree, true, ids_only) : std::nullopt;
  std::optional<std::vector<std::string>> rest = second_ids.get();
  if (!ids || !rest) return false;
  ids->insert(ids->end(), rest->begin(), rest->end());
  return *ids == plan.expected_ids && ids->size() == plan.expected_elements;
}

}  // namespace fib
