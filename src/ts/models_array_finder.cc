// SyntaxTree::FindModelsArray: which array literal holds the models, and its elements.
#include <algorithm>
#include <optional>

#include "base/line_index.h"
#include "base/text_lines.h"
#include "ts/literal_reader.h"
#include "ts/node_util.h"
#include "ts/string_literal.h"
#include "ts/syntax_tree.h"
#include "ts/syntax_tree_impl.h"

namespace fib {

using ts_internal::Children;
using ts_internal::Field;
using ts_internal::FirstNamedNonComment;
using ts_internal::IsType;
using ts_internal::NodeText;

namespace {

struct Candidate {
  TSNode array;
  std::string holder;
};

// Looks through `satisfies T`, `as T` and parentheses to the expression they wrap.
TSNode Unwrap(TSNode node) {
  while (!ts_node_is_null(node) &&
         (IsType(node, "satisfies_expression") || IsType(node, "as_expression") ||
          IsType(node, "parenthesized_expression"))) {
    node = FirstNamedNonComment(node);
  }
  return node;
}

void CollectDeclarators(TSNode declaration, std::string_view text, const ArrayQuery& query,
                        const std::string& prefix, std::vector<Candidate>& out) {
  if (!IsType(declaration, "lexical_declaration") && !IsType(declaration, "variable_declaration")) {
    return;
  }
  std::string kind(NodeText(ts_node_child(declaration, 0), text));
  for (TSNode child : Children(declaration)) {
    if (!IsType(child, "variable_declarator")) continue;
    TSNode name = Field(child, "name");
    if (NodeText(name, text) != query.variable) continue;
    TSNode value = Unwrap(Field(child, "value"));
    if (!ts_node_is_null(value) && IsType(value, "array")) {
      out.push_back({value, prefix + kind + " " + query.variable});
    }
  }
}

std::vector<Candidate> FindCandidates(TSNode root, std::string_view text, const ArrayQuery& query) {
  std::vector<Candidate> out;
  for (TSNode statement : Children(root)) {
    if (IsType(statement, "export_statement")) {
      TSNode declaration = Field(statement, "declaration");
      if (!ts_node_is_null(declaration)) {
        CollectDeclarators(declaration, text, query, "export ", out);
        continue;
      }
      TSNode value = Unwrap(Field(statement, "value"));
      if (!query.variable_given && !ts_node_is_null(value) && IsType(value, "array")) {
        out.push_back({value, "export default"});
      }
      continue;
    }
    CollectDeclarators(statement, text, query, "", out);
  }
  return out;
}

// Comments directly above `element`: a run of whole-line comments ending on the line before
// it (or on its own line, before it), with no blank line and no code in between.
std::vector<TSNode> LeadingComments(const std::vector<TSNode>& pending, TSNode element,
                                    std::string_view text) {
  std::vector<TSNode> run;
  uint32_t expected_row = ts_node_start_point(element).row;
  for (size_t i = pending.size(); i-- > 0;) {
    TSNode comment = pending[i];
    uint32_t end_row = ts_node_end_point(comment).row;
    bool adjacent = end_row == expected_row || end_row + 1 == expected_row;
    if (!adjacent || !StartsItsLine(text, ts_node_start_byte(comment))) break;
    run.push_back(comment);
    expected_row = ts_node_start_point(comment).row;
  }
  std::reverse(run.begin(), run.end());  // collected last to first
  return run;
}

std::optional<TSNode> IdValue(TSNode object, std::string_view text) {
  std::optional<TSNode> found;
  for (TSNode pair : Children(object)) {
    if (!IsType(pair, "pair")) continue;
    TSNode key = Field(pair, "key");
    std::string_view raw = NodeText(key, text);
    bool is_id = (IsType(key, "property_identifier") && raw == "id") ||
                 (IsType(key, "string") && DecodeStringBody(raw.substr(1, raw.size() - 2)) == "id");
    if (is_id) found = Field(pair, "value");  // JavaScript keeps the last duplicate
  }
  return found;
}

// Fills the element's value, or why it cannot be read as a literal.
void ReadValue(TSNode node, std::string_view text, ArrayElement& element) {
  LiteralValue value;
  ts_internal::ReadFailure failure;
  if (ts_internal::ReadLiteral(node, text, value, failure)) {
    element.value = std::move(value);
  } else {
    element.read_error = failure.message;
    element.read_error_offset = failure.offset;
  }
}

bool IsElement(TSNode child) {
  return !IsType(child, "[") && !IsType(child, "]") && !IsType(child, ",") &&
         !IsType(child, "comment");
}

ArrayElement DescribeElement(TSNode node, const std::vector<TSNode>& pending, std::string_view text,
                             bool read_values) {
  ArrayElement element;
  element.node = {ts_node_start_byte(node), ts_node_end_byte(node)};
  element.node_type = ts_node_type(node);
  element.extent_begin = element.node.begin;
  for (TSNode comment : LeadingComments(pending, node, text)) {
    element.leading_comments.push_back({ts_node_start_byte(comment), ts_node_end_byte(comment)});
  }
  if (!element.leading_comments.empty()) {
    element.extent_begin = element.leading_comments.front().begin;
  }
  if (IsType(node, "object")) {
    std::optional<TSNode> id = IdValue(node, text);
    if (id && IsType(*id, "string")) {
      std::string_view raw = NodeText(*id, text);
      element.id = DecodeStringBody(raw.substr(1, raw.size() - 2));
      element.id_offset = ts_node_start_byte(*id);
    }
  }
  if (read_values) ReadValue(node, text, element);
  return element;
}

ModelsArray DescribeArray(const Candidate& candidate, std::string_view text, bool read_values) {
  ModelsArray out;
  out.array = {ts_node_start_byte(candidate.array), ts_node_end_byte(candidate.array)};
  out.holder = candidate.holder;
  std::vector<TSNode> pending;  // comments since the last separator
  for (TSNode child : Children(candidate.array)) {
    if (IsType(child, "[") || IsType(child, "]")) continue;
    if (IsType(child, ",")) {
      if (!out.elements.empty() && !out.elements.back().comma_end) {
        out.elements.back().comma_end = ts_node_end_byte(child);
      }
      pending.clear();
    } else if (IsType(child, "comment")) {
      pending.push_back(child);
    } else if (IsElement(child)) {
      out.elements.push_back(DescribeElement(child, pending, text, read_values));
      pending.clear();
    }
  }
  return out;
}

}  // namespace

Result<ModelsArray> SyntaxTree::FindModelsArray(const ArrayQuery& query) const {
  std::vector<Candidate> candidates = FindCandidates(impl_->Root(), impl_->text, query);
  if (candidates.empty()) {
    std::string wanted = query.variable_given ? "'const " + query.variable + " = [...]'"
                                              : "'const models = [...]' or 'export default [...]'";
    return ErrorAt(ErrorKind::kSyntax, impl_->path, impl_->text, 0,
                   "no models array found: expected a top-level " + wanted,
                   "name the array's variable with --array NAME");
  }
  if (candidates.size() > 1) {
    LineIndex index(impl_->text);
    size_t first_line = index.LineOf(ts_node_start_byte(candidates[0].array));
    return ErrorAt(ErrorKind::kSyntax, impl_->path, impl_->text,
                   ts_node_start_byte(candidates[1].array),
                   "more than one models array: '" + candidates[1].holder + "' here and '" +
                       candidates[0].holder + "' at line " + std::to_string(first_line),
                   "pick one with --array NAME");
  }
  return DescribeArray(candidates[0], impl_->text, query.read_values);
}

}  // namespace fib

namespace fib {

namespace {

// The array literal whose '[' stands at byte `offset`, or a null node.
TSNode ArrayNodeAt(TSNode root, size_t offset) {
  TSNode node = ts_node_descendant_for_byte_range(root, static_cast<uint32_t>(offset),
                                                  static_cast<uint32_t>(offset + 1));
  while (!ts_node_is_null(node) && ts_node_start_byte(node) == offset && !IsType(node, "array")) {
    node = ts_node_parent(node);
  }
  bool found =
      !ts_node_is_null(node) && IsType(node, "array") && ts_node_start_byte(node) == offset;
  return found ? node : TSNode{};
}

}  // namespace

void SyntaxTree::ReadElementValues(const ModelsArray& array,
                                   const std::function<void(ArrayElement&&)>& visit) const {
  TSNode node = ArrayNodeAt(impl_->Root(), array.array.begin);
  if (ts_node_is_null(node)) return;
  size_t index = 0;
  ts_internal::ForEachChild(node, [&](TSNode child) {
    if (!IsElement(child) || index == array.elements.size()) return true;
    ArrayElement element = array.elements[index++];
    ReadValue(child, impl_->text, element);
    visit(std::move(element));
    return true;
  });
}

Result<ModelsArray> SyntaxTree::ArrayStartingAt(size_t offset) const {
  TSNode node = ArrayNodeAt(impl_->Root(), offset);
  if (ts_node_is_null(node)) {
    return ErrorAt(ErrorKind::kSyntax, impl_->path, impl_->text, offset,
                   "expected an array literal here");
  }
  return DescribeArray({node, "array"}, impl_->text, false);
}

}  // namespace fib
