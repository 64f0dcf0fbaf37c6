#include "patch/same_entry.h"

#include <optional>

#include "model/model_from_literal.h"
#include "ts/syntax_tree.h"

namespace fib {

namespace {

bool SameModule(const Module& a, const Module& b) {
  return a.key == b.key && a.count == b.count && a.parent == b.parent && a.type == b.type &&
         a.definitions == b.definitions;
}

// The element's value: read already, or read by parsing its object on its own (refresh does
// not read every value up front; only elements whose bytes differ get here).
std::optional<LiteralValue> ElementValue(std::string_view text, const ArrayElement& element) {
  if (element.value) return element.value;
  std::string wrapped = "const models = [\n" +
                        std::string(text.substr(element.node.begin,
                                                element.node.end - element.node.begin)) +
                        "\n]\n";
  Result<SyntaxTree> tree = SyntaxTree::Parse("element", wrapped);
  if (!tree || !tree->CheckSyntax()) return std::nullopt;
  ArrayQuery query;
  query.read_values = true;
  Result<ModelsArray> array = tree->FindModelsArray(query);
  if (!array || array->elements.size() != 1) return std::nullopt;
  return array->elements.front().value;
}

std::optional<Model> ElementModel(std::string_view text, const ArrayElement& element) {
  std::optional<LiteralValue> value = ElementValue(text, element);
  if (!value) return std::nullopt;
  std::vector<Problem> problems;
  std::optional<Model> model = ModelFromLiteral(*value, problems);
  if (!problems.empty()) return std::nullopt;
  return model;
}

std::vector<std::string> MarkerWords(std::string_view text, const ArrayElement& element) {
  std::vector<std::string> markers;
  for (const ByteRange& range : element.leading_comments) {
    std::string_view comment = text.substr(range.begin, range.end - range.begin);
    if (comment.find(kGeneratedMarker) != std::string_view::npos) {
      markers.push_back(CommentWords(comment));
    }
  }
  return markers;
}

}  // namespace

bool SameModel(const Model& a, const Model& b) {
  if (a.id != b.id || a.name != b.name || a.description != b.description ||
      a.modules.size() != b.modules.size()) {
    return false;
  }
  for (size_t i = 0; i < a.modules.size(); ++i) {
    if (!SameModule(a.modules[i], b.modules[i])) return false;
  }
  return true;
}

std::string CommentWords(std::string_view comment) {
  if (comment.substr(0, 2) == "//") {
    comment.remove_prefix(2);
  } else if (comment.substr(0, 2) == "/*" && comment.size() >= 4 &&
             comment.substr(comment.size() - 2) == "*/") {
    comment = comment.substr(2, comment.size() - 4);
  }
  std::string words;
  bool space = false;
  for (char c : comment) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !words.empty();
      continue;
    }
    if (space) words += ' ';
    words += c;
    space = false;
  }
  return words;
}

bool SameEntry(std::string_view text, const ArrayElement& element, const Model& model,
               const std::vector<std::string>& marker_lines) {
  std::vector<std::string> wanted;
  for (const std::string& line : marker_lines) wanted.push_back(CommentWords(line));
  if (MarkerWords(text, element) != wanted) return false;
  std::optional<Model> existing = ElementModel(text, element);
  return existing && SameModel(*existing, model);
}

}  // namespace fib
