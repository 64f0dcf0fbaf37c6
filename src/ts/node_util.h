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

// All children, named and anonymous, in order.
inline std::vector<TSNode> Children(TSNode node) {
  std::vector<TSNode> out;
  uint32_t count = ts_node_child_count(node);
  out.reserve(count);
  for (uint32_t i = 0; i < count; ++i) out.push_back(ts_node_child(node, i));
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
