// What a checkpoint's quantization_config means for the names: the MoE Definitions spell the
// routed experts' weight format, so a format with its own family changes the name, and any
// other format is reported. GEMM names do not spell a format (the dataset captures fp8
// checkpoints' GEMMs under the same names), so dense layers never warn.
#pragma once

#include "arch/facts.h"
#include "config/model_config.h"

namespace fib {

// Sets facts.moe->weights, or adds a warning naming the checkpoint's format. Does nothing
// for models without MoE or without a quantization_config (bf16 checkpoints).
void ReadQuantization(const ModelConfig& config, ArchFacts& facts);

}  // namespace fib
