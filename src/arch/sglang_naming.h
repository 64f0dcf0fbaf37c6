// What an sglang_implementation.json does to a generated tree: it renames the root class and
// module keys, never a number; where it disagrees with the config, it says so.
#pragma once

#include <string>
#include <vector>

#include "arch/facts.h"
#include "base/diagnostic.h"
#include "config/model_config.h"
#include "model/model.h"
#include "naming/parallelism.h"

namespace fib {

// Takes the sglang class name for the root (warning when it differs from the config's) and
// warns when the file describes another model than `id`.
void ApplySglangIdentity(const SglangImplementation& sglang, const std::string& id,
                         ArchFacts& facts, std::vector<Diagnostic>& warnings);

// Warns for each kernel-call shape that matches neither the config's value nor its per-rank
// value at the chosen TPs; the names follow the config.
void CheckKernelCalls(const SglangImplementation& sglang, const ArchFacts& facts,
                      const Parallelism& parallel, std::vector<Diagnostic>& warnings);

// Renames module keys (and parents) as the sglang file lists them. A rename to a key the model
// already has, or to one JavaScript treats specially (`__proto__`), is skipped with a warning.
void RenameKeys(std::vector<Module>& modules, const SglangImplementation& sglang,
                std::vector<Diagnostic>& warnings);

}  // namespace fib
