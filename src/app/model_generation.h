// The generator pipeline, config → ArchFacts → module tree → validated Model, shared by
// `generate` (and later `refresh`). No file is written here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "arch/facts.h"
#include "base/result.h"
#include "config/model_config.h"
#include "naming/definition_names.h"
#include "patch/plan.h"

namespace fib {

struct GenerateRequest {
  std::string config_path;
  const ModelConfig* preloaded_config = nullptr;  // the config at config_path, if read already
  std::string config_label;  // how the marker comment names the config; "" = config_path
  std::string sglang_path;   // optional
  std::string id;
  std::optional<std::string> name;
  std::optional<std::string> description;
  Parallelism parallel;
  bool auto_parallel = false;  // --tp auto: TP and EP from the model's size (arch/sizing.h)
  bool sampling = false;
};

struct GeneratedModel {
  NewElement element;  // the model and its marker comment
  ArchFacts facts;
  std::vector<Diagnostic> warnings;
};

// Runs the pipeline. Errors name the file and field; warnings (unknown model type, an sglang
// file for another model) are returned with the model.
Result<GeneratedModel> GenerateModel(const GenerateRequest& request);

// --tp, --ep and --page-sizes as given on the command line → Parallelism. "--tp auto" is
// reported through `auto_parallel` (TP 1 stands in until the model's size is known).
Result<Parallelism> ParseParallelism(const std::string& tp, int64_t ep,
                                     const std::string& page_sizes, bool* auto_parallel = nullptr);

// Parses "1,2,4" into ascending unique positive integers; errors name `flag`.
Result<std::vector<int64_t>> ParseIntList(const std::string& text, const std::string& flag);

}  // namespace fib
