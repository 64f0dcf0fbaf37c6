// Traits for a model_type the families table does not know: Llama's, adjusted by what the
// config states, and the list of what was assumed rather than read.
#pragma once

#include <string>
#include <vector>

#include "arch/families.h"
#include "arch/field_reader.h"

namespace fib {

struct InferredTraits {
  FamilyTraits traits;
  std::vector<std::string> assumptions;  // "pre-norm RMSNorm", "full RoPE", ...
};

// Reads the generic keys (use_qk_norm, hidden_act, scoring_func, norm_topk_prob, the hybrid
// layer keys, model_architecture.json's normalization / mlp / special_features).
InferredTraits InferTraits(FieldReader& fields);

// "assumed pre-norm RMSNorm, gated SiLU MLP and full RoPE": the warning's wording.
std::string DescribeAssumptions(const std::vector<std::string>& assumptions);

}  // namespace fib
