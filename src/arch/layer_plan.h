// Which kind each decoder layer is: its mixer (attention, GDN, Mamba2, none), its feed-forward
// (dense, MoE, none) and whether it applies RoPE.
#pragma once

#include "arch/facts.h"
#include "arch/field_reader.h"

namespace fib {

// Fills facts.layer_kinds (one per layer) and facts.hybrid from the layer-pattern fields:
// hybrid_override_pattern / layers_block_type, layer_types / full_attention_interval,
// moe_layers, interleave_moe_layer_step, first_k_dense_replace + moe_layer_freq,
// mlp_only_layers + decoder_sparse_step, and no_rope_layers. Problems go to `fields`.
void PlanLayers(FieldReader& fields, ArchFacts& facts);

}  // namespace fib
