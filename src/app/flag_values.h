// An option's value that looks like an option (`--model-name --dry-run`) is almost always a
// forgotten value: CLI11 would take the flag as the value, and the command would then write
// what the user asked only to preview. Such values are refused; `--model-name=-x` still works.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace fib {

// A kUsage diagnostic for the first option of `args` (in command-line order, the subcommand
// first) whose separate value starts with '-' and is not a number; nothing when there is none.
std::optional<Diagnostic> CheckFlagLikeValues(CLI::App& app, const std::vector<std::string>& args);

}  // namespace fib
