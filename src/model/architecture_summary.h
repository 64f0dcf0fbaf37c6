// What a model's tree says about its architecture, for the coverage document: how many
// decoder layers, which token mixers (attention kinds, GDN, Mamba2) in how many layers, and
// how many layers run MoE. Read from the modules and the op types of their names, so it
// works the same for a generated model and one read back from a models.ts.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/model.h"

namespace fib {

struct ArchitectureSummary {
  int64_t layers = 0;  // decoder layers; 0 when the tree does not say
  // Mixer kinds with their layer counts, in the order DSA, MLA, GDN, GQA, Mamba2 (linear
  // and sparse kinds first, as the coverage document writes "GDN + GQA").
  std::vector<std::pair<std::string, int64_t>> mixers;
  // Layers with MoE: those holding MoE names, or `moe…` modules when no family maps them.
  int64_t moe_layers = 0;
  // Layers with a dense MLP: the decoder layers without MoE, when every layer has an FFN
  // (not so with Mamba2 layers, which have none); -1 when unknown.
  int64_t dense_layers = -1;
};

// Decoder layers are the modules whose key holds "DecoderLayer" (hybrid variants add up),
// else the `layers` block. A kind's layer count adds up, over the blocks holding modules of
// that kind, the largest such module's count (a DSA indexer and its attention share a layer).
// MoE layers are counted so by their names, and by the outermost `moe`/`moe_*` modules; the
// larger count wins (unmapped experts have no names).
ArchitectureSummary SummarizeArchitecture(const Model& model);

// The mixer kind an op type belongs to ("GQA" for gqa_paged and gqa_ragged, …), or "".
std::string MixerKindOf(const std::string& op_type);

}  // namespace fib
