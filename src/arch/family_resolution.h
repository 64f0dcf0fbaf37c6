// Which families-table row a config belongs to, and the config as that family's
// transformers config class would see it (legacy keys renamed, defaults filled in).
#pragma once

#include <string>
#include <vector>

#include "arch/families.h"
#include "base/result.h"
#include "config/model_config.h"

namespace fib {

struct ResolvedFamily {
  const Family* family = nullptr;  // null: not in the table
  std::string model_type;          // the row's canonical model_type, or the config's own
  std::vector<Diagnostic> warnings;
};

// Looks the family up by the language model's model_type, then the wrapper's, then the
// root class name (for model_architecture.json files, which need not name a model_type).
// A family the tool cannot express, or a config with per-layer structure (block_configs),
// is refused with an error naming the feature and the keys.
Result<ResolvedFamily> ResolveFamily(const ModelConfig& config);

// `config` with the family's legacy keys renamed and its config-class defaults filled in
// where the keys are absent (a key present with null keeps its null: DeepSeek V2-Lite's
// q_lora_rank null means "no q LoRA", not the class default).
ModelConfig WithFamilyDefaults(ModelConfig config, const Family* family);

}  // namespace fib
