// What the generator needs to know about a model, read and checked from its config: the
// family traits (attention kind, MoE, hybrids) and every dimension that feeds a name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fib {

enum class AttentionKind { kGqa, kMla, kDsa };
enum class QkNorm { kNone, kPerHead, kOther };
enum class Routing { kDeepSeek, kRenorm, kDefault, kLlama4 };
enum class Mixer { kAttention, kGdn, kMamba, kNone };
enum class Ffn { kDense, kMoe, kNone };

struct GqaDims {
  int64_t q_heads = 0;
  int64_t kv_heads = 0;
  int64_t head_dim = 0;
  bool output_gate = false;  // Qwen3-Next full attention: q projection doubled
};

struct MlaDims {
  int64_t q_heads = 0;
  int64_t q_lora = 0;  // 0: no q LoRA (DeepSeek V2-Lite)
  int64_t kv_lora = 0;
  int64_t nope = 0;
  int64_t rope = 0;
  int64_t v = 0;
};

struct DsaDims {
  int64_t index_heads = 0;
  int64_t index_head_dim = 0;
  int64_t index_topk = 0;
};

struct GdnDims {
  int64_t key_heads = 0;
  int64_t value_heads = 0;
  int64_t key_dim = 0;
  int64_t value_dim = 0;
};

struct MambaDims {
  int64_t heads = 0;
  int64_t head_dim = 0;
  int64_t state = 0;
  int64_t groups = 0;
};

struct MoeDims {
  int64_t experts = 0;
  int64_t top_k = 0;
  int64_t intermediate = 0;  // per expert
  Routing routing = Routing::kRenorm;
  int64_t groups = 1;
  int64_t topk_groups = 1;
  int64_t shared_intermediate = 0;  // 0: no shared experts
};

struct LayerKind {
  Mixer mixer = Mixer::kAttention;
  Ffn ffn = Ffn::kDense;
  bool rope = true;
};

struct ArchFacts {
  std::string root;  // root class name
  std::string model_type;
  int64_t hidden = 0;
  int64_t layers = 0;
  int64_t vocab = 0;
  AttentionKind attention = AttentionKind::kGqa;
  GqaDims gqa;
  MlaDims mla;
  DsaDims dsa;
  QkNorm qk_norm = QkNorm::kNone;
  int64_t rotary_dim = 0;  // > 0 only for partial RoPE
  int64_t dense_intermediate = 0;
  bool gated_mlp = true;
  std::optional<MoeDims> moe;
  std::optional<GdnDims> gdn;
  std::optional<MambaDims> mamba;
  std::vector<LayerKind> layer_kinds;  // one per decoder layer
  bool hybrid = false;                 // layers differ in their subtrees (variants)
  std::vector<std::string> notes;      // warnings to show the user (fallbacks, defaults)
};

}  // namespace fib
