// Which kind each decoder layer is: its mixer (attention, GDN, Mamba2, Mamba1, none), its
// feed-forward (dense, MoE, none), whether it applies RoPE and whether it slides.
#pragma once

#include "arch/facts.h"
#include "arch/field_reader.h"

namespace fib {

// Fills facts.layer_kinds (one per layer) and facts.hybrid by the family's rules
// (facts.traits): the hybrid layout, the dense/MoE rule, the sliding-window rule and the
// NoPE rule. facts.layers, moe, sliding_window and dense_intermediate must be set.
void PlanLayers(FieldReader& fields, ArchFacts& facts);

}  // namespace fib
