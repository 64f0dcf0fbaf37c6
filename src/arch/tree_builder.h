// ArchFacts → the module tree of spec §3, with every Definition name for the chosen
// parallelism and page sizes.
#pragma once

#include <vector>

#include "arch/facts.h"
#include "model/model.h"
#include "naming/definition_names.h"

namespace fib {

struct TreeOptions {
  Parallelism parallel;
  bool sampling = false;  // add a `sampler` layer under the root (opt-in, spec §4)
};

// The modules in template order. Parallelism must already be checked (CheckParallelism).
std::vector<Module> BuildModuleTree(const ArchFacts& facts, const TreeOptions& options);

// `key` with `_variant` appended, unless it already is, starts or ends with the variant.
std::string VariantKey(const std::string& key, const std::string& variant);

}  // namespace fib
