// Defaults a repository sets for fib-modelgen in the [tool.fib-modelgen] table of its root's
// pyproject.toml, where it configures ruff, black and mypy:
//
//   [tool.fib-modelgen]
//   file = "web/apps/web/data/models.ts"          # generate's --output
//   manifest = "web/apps/web/data/models.manifest.json"   # refresh's --manifest
//   definitions = "tmp/flashinfer-trace"          # generate's dataset, after the environment
//   array = "models"                              # --array
//   prettier-config = "web/prettier-options.json" # --prettier-config
//
// Paths are relative to the repository root. A flag given on the command line wins.
#pragma once

#include <string>

#include "base/file_reader.h"
#include "base/result.h"

namespace fib {

struct ToolDefaults {
  std::string file;  // each absolute once loaded, or "" when the table does not set it
  std::string manifest;
  std::string definitions;
  std::string array;  // a variable name, not a path
  std::string prettier_config;
};

// The table of `repo_root`/pyproject.toml; all empty when there is no such file or table.
// A file that is not TOML, or a table with an unknown key (with "did you mean") or a value that
// is not a string, is a kInput error at its place.
Result<ToolDefaults> LoadToolDefaults(const std::string& repo_root, const FileReader& files);

}  // namespace fib
