// The settings that come from the repository rather than the command line: the print style
// of a models.ts (its prettier configuration), the [tool.fib-modelgen] defaults, and the
// models.ts a command works on when none is named.
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

// Where the FlashInfer-Bench repository keeps its models file, relative to its root.
inline constexpr const char* kDefaultModelsPath = "web/apps/web/data/models.ts";

// The models.ts a command works on: `given` (--file, --output or FILE) when not "", else
// `file` of [tool.fib-modelgen], else kDefaultModelsPath under the current folder's repository
// root (as it is, relative, outside a repository). Every command that takes one resolves it so.
std::string TargetFile(const std::string& given, const ToolDefaults& defaults);

// --array: `given` when not "", else `array` of [tool.fib-modelgen].
std::string ArrayName(const std::string& given, const ToolDefaults& defaults);

// What --help says a FILE / --output defaults to.
inline constexpr const char* kTargetDefaultHelp =
    "[tool.fib-modelgen] file, else web/apps/web/data/models.ts under the repository root";

}  // namespace fib
