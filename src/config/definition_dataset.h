// The Definition names of a flashinfer-trace checkout: definitions/<op_type>/<name>.json,
// each with a "name" field (and optional "model:<slug>" tags), and the workloads beside
// them: workloads/<op_type>/<name>.jsonl.
#pragma once

#include <set>
#include <string>
#include <string_view>
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

// Adds the Definition file at `path` (in folder `op_type`), whose text is `text`, to `dataset`:
// its name, op type and model tags, or a line in `broken` saying why it cannot be read.
void AddDefinitionText(const std::string& path, const std::string& op_type, const std::string& text,
                       DefinitionDataset& dataset);

// The entries of a workload file: its lines holding anything but white space.
int64_t CountWorkloadEntries(std::string_view text);

}  // namespace fib
