// The structural traits a model family has, as transformers' modelling code builds it. A
// families-table row (families.h) sets them; the tree builder switches on them, never on
// model names.
#pragma once

namespace fib {

// How a norm normalises. Gemma's x·(1+w) form maps to the rmsnorm Definitions (the dataset
// tags rmsnorm_h5376 as captured from Gemma 3 27B); LayerNorm has no Definition family.
enum class NormKind { kRms, kGemmaRms, kLayerNorm };

// Where the norms of a decoder layer sit.
enum class NormPlacement {
  kPre,               // Llama: norm → sublayer → residual add (the next norm fuses the add)
  kPreUnfused,        // MiniMax: pre-norm, but the residual carried is the normed value and both
                      // adds are scaled (α·residual + β·out), so no norm fuses an add
  kPost,              // OLMo 2: sublayer → norm → residual add (no fused add anywhere)
  kSandwich,          // Gemma 2/3: pre- and post-norm around both sublayers (four norms)
  kParallel,          // Phi, Cohere: attention and MLP read the same normed input (no second norm)
  kParallelTwoNorms,  // GPT-NeoX, Falcon 40B: attention and MLP each have an input norm
};

enum class MlpKind { kGated, kNonGated };

// q/k normalisation inside attention.
enum class QkNorm {
  kNone,
  kPerHead,    // RMSNorm over head_dim (Qwen3, Gemma 3)
  kFullWidth,  // RMSNorm over the whole projection, Hq·D and Hkv·D (OLMo 2, MiniMax-M2)
  kOther,      // a norm no Definition computes (per-head LayerNorm, Llama 4's L2 norm)
};

// Whether q/k norm is always on, or switched by a config flag.
enum class QkNormSwitch { kAlways, kFlag };

enum class RopeStyle {
  kNeox,         // rotate_half over the first R dims
  kInterleaved,  // GPT-J pairs (Cohere, ERNIE, Llama 4): no Definition family when partial
  kNone,         // no rotary embedding in any layer (Nemotron-H, Jamba)
};

// Which layers skip RoPE.
enum class NopeRule {
  kNone,
  kFlags,         // no_rope_layers: 1 = RoPE; absent/empty: every no_rope_layer_interval-th
  kGlobalLayers,  // full-attention layers never apply RoPE (Cohere 2)
  kGlobalLayersWhenHybrid,  // full layers skip RoPE when the model has sliding layers (EXAONE 4)
  kPositionEmbeddingType,   // RoPE only when position_embedding_type == "rope" (Granite 4)
};

// Which layers use a sliding window when `layer_types` does not say.
enum class SlidingRule {
  kNone,
  kPattern,          // layer i slides unless (i + 1) % pattern == 0 (Gemma 2/3, OLMo 3, EXAONE 4)
  kAllLayers,        // every layer, when sliding_window is set (Mistral, Phi-3)
  kQwen2,            // use_sliding_window and i >= max_window_layers
  kMaxWindowLayers,  // i >= max_window_layers whenever sliding_window is set (dots.llm1)
};

// How the router scores experts.
enum class Scoring {
  kSoftmax,          // softmax, top-k; renormalised as `Renorm` says
  kSigmoidBias,      // sigmoid + correction bias, group-limited top-k (DeepSeek V3)
  kLlama4,           // top-k of logits, then sigmoid
  kSparseMixer,      // Phi-3.5-MoE: no Definition family
  kSoftmaxBiasPick,  // ERNIE 4.5: bias added for selection only: no Definition family
  kDeepSeekV2,       // softmax; topk_method group_limited_greedy has no Definition family
};

// kPNorm: DBRX divides the top-k weights by their p-norm (ffn_config.moe_normalize_expert_weights):
// p = 1 is renormalisation, null none, any other p no Definition family.
enum class Renorm { kFromConfig, kAlways, kNever, kPNorm };

// The routed experts' MLP.
enum class ExpertKind {
  kGated,          // act(gate)·up, then down: what the fused MoE Definitions compute with SiLU
  kNonGatedRelu2,  // Nemotron-H
  kClampedSwiglu,  // gpt-oss: (up + 1)·gate·σ(1.702·gate), clamped at 7, with biases
};

// Which layers are MoE (the others dense).
enum class MoeLayerRule {
  kGeneric,     // every key any family uses (unknown families)
  kEvery,       // all layers
  kFirstDense,  // i >= first_k_dense_replace and i % moe_layer_freq == 0; mlp_layer_types wins
  kSparseStep,  // (i + 1) % decoder_sparse_step == 0 and i not in mlp_only_layers (Qwen MoE)
  kInterleave,  // moe_layers, or (i + 1) % interleave_moe_layer_step == 0 (Llama 4)
  kErnie,       // (i + 1) % moe_layer_interval == 0 within [start, end]
  kJamba,       // i % expert_layer_period == expert_layer_offset
  kPattern,     // the hybrid pattern says (Nemotron-H "E")
};

// How the mixers of the decoder layers are laid out.
enum class HybridKind {
  kNone,
  kGdn,              // Gated DeltaNet + full attention (Qwen3-Next, Qwen3.5)
  kMambaPattern,     // one mixer or one FFN per layer from a pattern (Nemotron-H)
  kMambaLayerTypes,  // Mamba2 or attention per layer, each with an FFN (Granite 4 hybrid)
  kParallelMamba,    // attention and Mamba2 side by side in every layer (Falcon-H1)
  kJamba,            // Mamba1 or attention per layer, each with an FFN
  kLinearAttention,  // MiniMax: lightning (linear) or softmax attention per layer, each with MoE
  kShortConv,        // LFM2: gated short convolution or attention per layer, each with an MLP
};

}  // namespace fib
