// The command line: RunCli parses arguments, runs one subcommand and returns the exit code.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace fib {

// `args` excludes the program name. Output goes to `out`, diagnostics to `err`.
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace fib
