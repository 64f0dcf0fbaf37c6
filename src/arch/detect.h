// Family detection: a ModelConfig → ArchFacts. The family comes from the families table
// (model_type, wrapper or class name); its traits and the config's fields give the facts.
#pragma once

#include "arch/facts.h"
#include "base/result.h"
#include "config/model_config.h"

namespace fib {

// Reads every trait and dimension, applying the family's transformers defaults for absent
// fields. All problems are collected: the error is the first, the others are its notes.
// Families the tool cannot express are refused with the feature named.
Result<ArchFacts> DetectArchitecture(const ModelConfig& config);

}  // namespace fib
