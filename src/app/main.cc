// fib-modelgen's entry point: everything testable lives behind RunCli.
#include <iostream>

#include "app/cli.h"
#include "ts/syntax_tree.h"

int main(int argc, char** argv) {
#if !defined(__SANITIZE_ADDRESS__)
  fib::SyntaxTree::SkipFreeingAtExit();
#endif
  std::vector<std::string> args(argv + 1, argv + argc);
  return fib::RunCli(args, std::cout, std::cerr);
}
