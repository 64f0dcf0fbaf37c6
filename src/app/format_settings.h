// The settings that come from the repository rather than the command line: the print style
// of a models.ts (its prettier configuration) and the [tool.fib-modelgen] defaults.
#pragma once

#include <string>

#include "base/result.h"
#include "config/tool_defaults.h"
#include "emit/print_style.h"

namespace fib {

// How entries of `target` are printed: its prettier configuration as `prettier --write target`
// resolves it (config/prettier_config.h), or the file `prettier_config` names when not "".
Result<PrintStyle> PrintStyleFor(const std::string& target, const std::string& prettier_config);

// The [tool.fib-modelgen] table of the current directory's repository (config/tool_defaults.h);
// all empty outside a repository.
Result<ToolDefaults> RepositoryDefaults();

}  // namespace fib
