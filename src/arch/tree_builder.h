// ArchFacts → the module tree of spec §3, with every Definition name for the chosen
// parallelism and page sizes, and the modules no Definition family computes.
#pragma once

#include <vector>

#include "arch/facts.h"
#include "arch/unmapped.h"
#include "model/model.h"
#include "naming/parallelism.h"

namespace fib {

struct TreeOptions {
  Parallelism parallel;
  bool sampling = false;  // add a `sampler` layer under the root (opt-in, spec §4)
};

struct ModuleTree {
  std::vector<Module> modules;     // in template order
  std::vector<Unmapped> unmapped;  // grouped by op, in tree order
};

// Parallelism must already be checked (CheckParallelism).
ModuleTree BuildModuleTree(const ArchFacts& facts, const TreeOptions& options);

}  // namespace fib
