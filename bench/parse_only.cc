// The baseline for memory and time: one bare tree-sitter parse of a file, nothing else.
#include <iostream>

#include "base/file_io.h"
#include "ts/syntax_tree.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: fib_parse_only FILE\n";
    return 2;
  }
  fib::Result<std::string> text = fib::ReadFile(argv[1]);
  if (!text) return 3;
  fib::Result<fib::SyntaxTree> tree = fib::SyntaxTree::Parse(argv[1], *text);
  if (!tree) return 5;
  return tree->CheckSyntax().ok() ? 0 : 5;
}
