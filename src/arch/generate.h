// Generation as one pure function: a config (and optional sglang file) and the shapes asked
// for → the model entry, its marker comment, the facts, warnings and unmapped modules. No
// file is read or written here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "arch/facts.h"
#include "arch/unmapped.h"
#include "base/result.h"
#include "config/model_config.h"
#include "model/model.h"
#include "naming/parallelism.h"

namespace fib {

struct GenerationRequest {
  const ModelConfig* config = nullptr;  // required
  const SglangImplementation* sglang = nullptr;
  std::string id;
  std::optional<std::string> name;
  std::optional<std::string> description;
  Parallelism parallel;  // auto_sized: TP and EP from the model's size (arch/sizing.h)
  bool sampling = false;
  std::string source_label;  // how the marker comment names the config
};

struct Generation {
  Model model;
  std::string marker;  // "// fib-modelgen: generated from LABEL (tp=…, ep=…, ps=…)"
  ArchFacts facts;
  Parallelism parallel;  // the shapes used (auto sizing resolved)
  std::vector<Diagnostic> warnings;
  std::vector<Unmapped> unmapped;
};

// Errors name the file and field (kInput), or the flag (kUsage).
Result<Generation> Generate(const GenerationRequest& request);

// --strict: every warning of `generation` as one error (kInput), or Ok when there is none.
Status StrictCheck(const Generation& generation);

}  // namespace fib
