// The subtrees of one decoder-layer variant: mixers (attention, Gated DeltaNet, Mamba) and
// feed-forwards (dense MLP, MoE), as spec §3.1 and §3.2 lay them out, with the traits of
// the family (traits.h) deciding names and unmapped leaves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "arch/facts.h"
#include "arch/tree_sink.h"
#include "naming/parallelism.h"

namespace fib {

// The layers a subtree stands for, and where it hangs.
struct SubtreeScope {
  const ArchFacts& facts;
  const Parallelism& parallel;
  TreeSink& sink;
  std::string parent;          // the variant's decoder-layer block
  std::vector<size_t> layers;  // the decoder layers of the variant
  int64_t count() const { return static_cast<int64_t>(layers.size()); }
};

// self_attn: GQA/MHA, MLA or DSA.
void AddAttention(const SubtreeScope& scope);
// linear_attn: Gated DeltaNet.
void AddGatedDeltaNet(const SubtreeScope& scope);
// mixer: Mamba2 (Nemotron-H, Granite 4, Falcon-H1).
void AddMamba2(const SubtreeScope& scope);
// mixer: Mamba1 (Jamba), whose scan has no Definition family.
void AddMamba1(const SubtreeScope& scope);
// self_attn: MiniMax's lightning (linear) attention, whose core has no Definition family.
void AddLightningAttention(const SubtreeScope& scope);
// conv: LFM2's gated short convolution (in_proj, depthwise conv1d, out_proj).
void AddShortConv(const SubtreeScope& scope);

// mlp: dense, MoE, or both (mlp_dense + moe) when the variant's layers differ.
void AddFeedForward(const SubtreeScope& scope);

}  // namespace fib
