// Helpers over TSNode, private to src/ts/.
#pragma once

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

namespace fib::ts_internal {

inline std::string_view NodeText(TSNode node, std::string_view text) {
  uint32_t begin = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  return text.substr(begin, end - begin);
}

inline bool IsType(TSNode node, std::string_view type) { return type == ts_node_type(node); }

// Calls `visit(child)` for every child, named and anonymous, in order, until it returns false;
// returns false when it stopped early. A cursor steps from one child to the next: asking for
// children by index (ts_node_child) walks from the first child every time in tree-sitter 0.20,
// which made reading an object of n members, or an array of n models, cost n squared.
template <typename Visit>
bool ForEachChild(TSNode node, Visit&& visit) {
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  bool completed = true;
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      completed = visit(ts_tree_cursor_current_node(&cursor));
    } while (completed && ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return completed;
}

// All children, named and anonymous, in order.
inline std::vector<TSNode> Children(TSNode node) {
  std::vector<TSNode> out;
  out.reserve(ts_node_child_count(node));
  ForEachChild(node, [&](TSNode child) {
    out.push_back(child);
    return true;
  });
  return out;
}

inline TSNode Field(TSNode node, std::string_view name) {
  return ts_node_child_by_field_name(node, name.data(), static_cast<uint32_t>(name.size()));
}

// First named child that is not a comment, or a null node.
inline TSNode FirstNamedNonComment(TSNode node) {
  uint32_t count = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode child = ts_node_named_child(node, i);
    if (!IsType(child, "comment")) return child;
  }
  return TSNode{};
}

}  // namespace fib::ts_internal
