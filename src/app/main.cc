// fib-modelgen's entry point: everything testable lives behind RunCli.
#include <iostream>

#include "app/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return fib::RunCli(args, std::cout, std::cerr);
}
