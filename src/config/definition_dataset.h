// The Definition names of a flashinfer-trace checkout: definitions/<op_type>/<name>.json,
// each with a "name" field (and optional "model:<slug>" tags), and the workloads beside
// them: workloads/<op_type>/<name>.jsonl.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "base/file_reader.h"
#include "base/result.h"
#include "model/dataset_facts.h"

namespace fib {

struct DefinitionDataset : DatasetFacts {
  std::string root;                 // the definitions directory that was read
  std::vector<std::string> broken;  // "path: why" for files that could not be read
};

// Reads DIR/definitions/*/*.json, or DIR/*/*.json when DIR is the definitions folder itself,
// and the workloads/ folder beside that definitions folder when there is one.
// Broken files are listed, not fatal; a missing directory is a kIo error. Read through `files`.
Result<DefinitionDataset> LoadDefinitionDataset(const std::string& dir,
                                                const FileReader& files = DiskFiles());

}  // namespace fib
