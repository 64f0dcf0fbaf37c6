// The command line's help and its mistakes: `help` and no arguments, "did you mean" for
// unknown commands and flags, and each subcommand's example and exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace fib {

// `help` → `--help`, `help CMD` → `CMD --help`; no arguments → `--help`.
std::vector<std::string> NormalizeHelpArgs(std::vector<std::string> args);

// An unknown subcommand or an unknown flag of the chosen one, with the closest name.
std::optional<Diagnostic> CheckNames(CLI::App& app, const std::vector<std::string>& args);

// Each subcommand's help ends with an example and the exit codes; path options say PATH.
void DescribeCommands(CLI::App& app);

}  // namespace fib
