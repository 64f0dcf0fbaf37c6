// Which MoE Definition family a model's routed experts belong to, if any: the fused MoE
// Definitions compute one routing rule and gated-SiLU experts, so anything else is unmapped.
#pragma once

#include <optional>
#include <string>

#include "arch/facts.h"
#include "naming/shapes.h"

namespace fib {

struct MoeDefinition {
  std::optional<MoeShape> shape;  // the names' shape, when a family computes this MoE
  std::string unmapped;           // else: what no Definition family computes
};

// `hidden` is the model's width; latent MoE runs its experts at moe.latent instead.
MoeDefinition MoeDefinitionOf(const MoeFacts& moe, int64_t hidden);

}  // namespace fib
