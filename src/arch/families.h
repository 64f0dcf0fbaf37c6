// The families table: one row per transformers model_type, the single home of what the tool
// knows about model families. A row names the family and its aliases, the transformers
// config-class defaults that real configs rely on by leaving keys out, and the structural
// traits of traits.h. docs/generator.md gives each row in prose with its source.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "arch/traits.h"

namespace fib {

// A transformers config-class default: `value` is JSON text ("262208", "true", "\"relu2\"").
struct ConfigDefault {
  const char* key;
  const char* value;
};

// Where a family's shared experts get their size; `shared_size_key` = 0 means none.
enum class SharedExperts {
  kNone,               // the family has none, whatever the config says (Qwen3-MoE)
  kGeneric,            // every spelling: n_shared_experts × expert size, or a size key
  kCountTimesExpert,   // shared_count_key × moe_intermediate_size (DeepSeek, GLM, ERNIE)
  kSizeKey,            // shared_size_key is the size (Qwen2-MoE, Qwen3-Next, Nemotron-H)
  kOneOfIntermediate,  // one shared expert of intermediate_size (Llama 4)
};

struct FamilyTraits {
  NormKind norm = NormKind::kRms;
  NormPlacement placement = NormPlacement::kPre;
  // Config flags that switch the placement, first true one wins (Falcon's
  // new_decoder_architecture, GPT-NeoX's use_parallel_residual).
  std::vector<std::pair<std::string, NormPlacement>> placement_flags = {};
  // kParallelTwoNorms: the family's names for the attention's and the MLP's input norms.
  const char* parallel_norm_keys[2] = {"input_layernorm", "post_attention_layernorm"};

  MlpKind mlp = MlpKind::kGated;
  const char* mlp_keys[2] = {"up_proj", "down_proj"};  // non-gated: the two linears
  const char* dense_size_key = "intermediate_size";
  int dense_size_hidden_multiple = 0;  // > 0: the dense size is this × H when the key is absent
  // LFM2: with block_auto_adjust_ff_dim the MLP is int(2·I/3) × block_ffn_dim_multiplier,
  // rounded up to block_multiple_of.
  bool dense_size_auto_adjust = false;

  // head_dim: the config's `head_dim` when present, else H / Hq; `head_dim_from_hidden`
  // ignores the key (StableLM, Cohere 2, GPT-NeoX, Jamba compute H / Hq always).
  bool head_dim_from_hidden = false;
  std::vector<std::string> kv_heads_keys = {"num_key_value_heads"};
  const char* multi_query_flag = nullptr;  // Falcon: one KV head unless the new architecture
  QkNorm qk_norm = QkNorm::kNone;
  const char* qk_norm_flag = nullptr;     // non-null: q/k norm only when this key is true
  bool qk_norm_rope_layers_only = false;  // Llama 4 normalises q/k only where RoPE applies
  bool output_gate = false;               // q projection doubled, sigmoid gate on the output

  RopeStyle rope = RopeStyle::kNeox;
  // Keys giving the rotary fraction or width, in the order the family's code reads them.
  std::vector<std::string> rotary_keys = {"rope_parameters.partial_rotary_factor",
                                          "partial_rotary_factor", "rotary_pct", "rotary_dim"};
  double forced_rotary_factor = 0;  // > 0: the config class forces it whatever the file says
  NopeRule nope = NopeRule::kNone;
  SlidingRule sliding = SlidingRule::kNone;
  int sliding_pattern = 0;            // kPattern: the default of sliding_window_pattern
  const char* softcap_key = nullptr;  // attention logit soft-capping (Gemma 2)
  bool attention_sinks = false;       // learned per-head sinks (gpt-oss)
  const char* alibi_key = nullptr;    // ALiBi instead of RoPE when this key is true (Falcon)

  Scoring scoring = Scoring::kSoftmax;
  Renorm renorm = Renorm::kFromConfig;  // kFromConfig reads norm_topk_prob
  ExpertKind experts = ExpertKind::kGated;
  MoeLayerRule moe_layers = MoeLayerRule::kGeneric;
  SharedExperts shared = SharedExperts::kGeneric;
  const char* shared_key = nullptr;   // the count or size key for kCountTimesExpert/kSizeKey
  const char* shared_flag = nullptr;  // non-null: shared experts only when this key is true
  const char* expert_size_key = "moe_intermediate_size";  // else intermediate_size
  bool latent_moe = false;  // moe_latent_size projections around the experts (Nemotron-3)

  HybridKind hybrid = HybridKind::kNone;

  // Legacy spellings the config class renames on load: {old key, key read here}.
  std::vector<std::pair<std::string, std::string>> renames = {};
};

struct Family {
  std::string model_type;                   // canonical: transformers' model_type
  std::vector<std::string> aliases;         // *_text variants, wrappers, remote-code names
  std::vector<std::string> class_prefixes;  // model_architecture.json without a model_type
  std::vector<ConfigDefault> defaults;
  FamilyTraits traits;
  // Non-empty: the tool cannot express this family; the refusal names the feature, and
  // lists which of `refusal_keys` the config sets.
  std::string refusal;
  std::vector<std::string> refusal_keys;
};

// The row for `model_type` (canonical or alias), or null.
const Family* FindFamily(const std::string& model_type);

// The row whose class prefix starts `class_name` (longest prefix wins), or null.
const Family* FindFamilyOfClass(const std::string& class_name);

// Every row, in table order (for docs and tests).
const std::vector<Family>& AllFamilies();

// The traits the tool assumes for a model_type it does not know (Llama's).
const FamilyTraits& DefaultTraits();

}  // namespace fib
