// SyntaxTree's internals, shared by the .cc files of src/ts/ only.
#pragma once

#include <tree_sitter/api.h>

#include <string>
#include <string_view>

#include "ts/syntax_tree.h"

extern "C" const TSLanguage* tree_sitter_typescript(void);

namespace fib {

// Set by SyntaxTree::SkipFreeingAtExit.
extern bool g_skip_freeing_trees;

struct SyntaxTree::Impl {
  std::string path;
  std::string_view text;
  TSParser* parser = nullptr;
  TSTree* tree = nullptr;

  ~Impl() {
    if (tree && !g_skip_freeing_trees) ts_tree_delete(tree);
    if (parser) ts_parser_delete(parser);
  }
  TSNode Root() const { return ts_tree_root_node(tree); }
};

}  // namespace fib
