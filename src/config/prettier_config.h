// Prettier's configuration for a file, found and read the way `prettier --write FILE` finds
// and reads it (prettier.io/docs/configuration), so that fib-modelgen prints what the
// repository's formatter would leave alone.
#pragma once

#include <string>

#include "base/file_reader.h"
#include "config/prettier_options.h"

namespace fib {

struct PrettierConfig {
  PrettierOptions options;  // .editorconfig's, then the configuration's and its overrides'
  std::string config_file;  // the configuration file read, absolute; "" when none applies
};

// The configuration of `target` (a path; the file need not exist yet):
//  - from .editorconfig files (config/editorconfig.h), as the prettier CLI reads them;
//  - then from the first configuration found walking up from the target's folder to the file
//    system's root; in each folder, in prettier's order: the `prettier` key of package.json or
//    package.yaml (only when set), .prettierrc (YAML or JSON), .prettierrc.json, .yml, .yaml,
//    .json5 (read as JSON with comments), the JavaScript and TypeScript ones (.prettierrc.js,
//    prettier.config.js, .mjs, .cjs, .ts, ...), .prettierrc.toml;
//  - its `overrides` whose `files` match the target and whose `excludeFiles` do not (a pattern
//    without '/' matches the file name, others the path from the configuration's folder).
// With `explicit_config` (not ""), that file is the configuration (prettier's --config): JSON,
// YAML or TOML by its name, or a package.json / package.yaml. A JavaScript or TypeScript
// configuration, or a `prettier` key naming a shared configuration, cannot be read: a kInput
// error whose help names --prettier-config.
Result<PrettierConfig> ResolvePrettierConfig(const std::string& target,
                                             const std::string& explicit_config,
                                             const FileReader& files);

}  // namespace fib
