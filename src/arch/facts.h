// What the generator knows about one model, read and checked from its config: the family
// traits as they apply to this config, and every dimension that feeds a name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "arch/families.h"
#include "base/diagnostic.h"
#include "naming/shapes.h"

namespace fib {

enum class AttentionKind { kGqa, kMla, kDsa };
enum class Mixer { kAttention, kGdn, kMamba2, kMamba1, kLinearAttention, kShortConv, kNone };
enum class Ffn { kDense, kMoe, kNone };

// Jamba's Mamba1 mixer: a per-channel state, which no Definition family computes.
struct Mamba1Dims {
  int64_t inner = 0;  // mamba_expand × H
  int64_t state = 0;
};

struct MoeFacts {
  int64_t experts = 0;
  int64_t top_k = 0;
  int64_t intermediate = 0;  // per expert
  Scoring scoring = Scoring::kSoftmax;
  bool renormalise = false;
  std::string topk_method;  // DeepSeek V2: "greedy" or "group_limited_greedy"
  int64_t groups = 1;
  int64_t topk_groups = 1;
  int64_t shared_intermediate = 0;  // 0: no shared experts
  ExpertKind expert_kind = ExpertKind::kGated;
  std::string activation;  // the experts' activation ("silu", "relu2", ...)
  int64_t latent = 0;      // > 0: latent MoE, the experts run at this width
  MoeWeights weights = MoeWeights::kFp8BlockScale;
  std::string routing_unmapped;  // non-empty: a routing rule no family computes (DBRX p-norm)
};

struct LayerKind {
  Mixer mixer = Mixer::kAttention;
  bool parallel_mamba = false;  // Falcon-H1: a Mamba2 mixer beside the attention
  Ffn ffn = Ffn::kDense;
  bool rope = true;
  bool sliding = false;
};

struct ArchFacts {
  std::string root;                // root class name
  std::string model_type;          // canonical (the families-table row's), or the config's own
  const Family* family = nullptr;  // null: not in the table (traits are assumed)
  FamilyTraits traits;             // the family's traits as this config switches them
  int64_t hidden = 0;
  int64_t layers = 0;
  int64_t vocab = 0;

  AttentionKind attention = AttentionKind::kGqa;
  GqaDims gqa;
  MlaDims mla;
  DsaDims dsa;
  int64_t rotary_dim = 0;  // > 0 only for partial RoPE
  // Non-empty: what the attention computes that no Definition does (soft-capping, sinks).
  std::string attention_unmapped;
  int64_t sliding_window = 0;

  int64_t dense_intermediate = 0;
  std::string activation;  // the dense MLP's
  std::optional<MoeFacts> moe;
  std::optional<GdnDims> gdn;
  std::optional<MambaDims> mamba;
  std::optional<Mamba1Dims> mamba1;
  int64_t short_conv_dim = 0;  // LFM2's gated short convolution width

  std::vector<LayerKind> layer_kinds;  // one per decoder layer
  bool hybrid = false;                 // layers differ in their subtrees (variants)
  std::vector<Diagnostic> warnings;    // what the user must know (formats, assumptions)
};

}  // namespace fib
