// Family detection: a ModelConfig → ArchFacts, from fields, never from model names.
#pragma once

#include "arch/facts.h"
#include "base/result.h"
#include "config/model_config.h"

namespace fib {

// Reads every trait and dimension (spec §2), applying transformers' defaults for absent
// fields. All problems are collected: the error is the first, the others are its notes.
Result<ArchFacts> DetectArchitecture(const ModelConfig& config);

// `config` with the defaults of its model_type's transformers config class filled in where
// the fields are absent (Gemma 3 omits vocab_size, Llama 4 intermediate_size_mlp, ...).
ModelConfig WithTransformersDefaults(ModelConfig config);

}  // namespace fib
