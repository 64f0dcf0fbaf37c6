// A HuggingFace config.json or model_architecture.json → Generate at a few shapes → the
// entry through the edit cycle (generation_checks.h). The marker names the config by its
// `_name_or_path` when it has one, so labels are fuzzed too (a label reaches a comment line).
#include "config/model_config.h"
#include "fuzz_checks.h"
#include "generation_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  Result<ModelConfig> config = ModelConfigFromText("fuzz/config.json", fuzz::Text(data, size));
  if (!config) {
    fuzz::CheckRenders(config.error());
    return 0;
  }
  GenerationRequest request;
  request.config = &*config;
  request.id = "fuzz-model";
  const ConfigField* name = config->Find("_name_or_path");
  bool named = name && name->kind == ConfigField::Kind::kString;
  request.source_label = named ? name->text : "fuzz/config.json";
  fuzz::CheckGenerations(request);
  return 0;
}
