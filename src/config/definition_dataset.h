// The Definition names of a flashinfer-trace checkout: definitions/<op_type>/<name>.json,
// each with a "name" field.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "base/result.h"

namespace fib {

struct DefinitionDataset {
  std::string root;  // the definitions directory that was read
  std::set<std::string> names;
  std::vector<std::string> broken;  // "path: why" for files that could not be read
};

// Reads DIR/definitions/*/*.json, or DIR/*/*.json when DIR is the definitions folder itself.
// Broken files are listed, not fatal; a missing directory is a kIo error.
Result<DefinitionDataset> LoadDefinitionDataset(const std::string& dir);

}  // namespace fib
