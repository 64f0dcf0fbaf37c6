// The transformers config-class defaults that real configs rely on by leaving fields out.
#include <string>

#include "arch/detect.h"

namespace fib {

namespace {

struct Default {
  const char* model_type;
  const char* field;
  int64_t integer;   // used when text is null
  const char* text;  // a string or boolean ("true"/"false") default
};

constexpr Default kDefaults[] = {
    {"gemma3_text", "vocab_size", 262208, nullptr},
    {"gemma3_text", "head_dim", 256, nullptr},
    {"llama4_text", "intermediate_size_mlp", 16384, nullptr},
    {"llama4_text", "interleave_moe_layer_step", 1, nullptr},
    {"llama4_text", "num_local_experts", 16, nullptr},
    {"llama4_text", "num_experts_per_tok", 1, nullptr},
    {"llama4_text", "vocab_size", 202048, nullptr},
    {"qwen3_next", "full_attention_interval", 4, nullptr},
    {"qwen3_next", "linear_num_key_heads", 16, nullptr},
    {"qwen3_next", "linear_num_value_heads", 32, nullptr},
    {"qwen3_next", "linear_key_head_dim", 128, nullptr},
    {"qwen3_next", "linear_value_head_dim", 128, nullptr},
    {"qwen3_next", "decoder_sparse_step", 1, nullptr},
    {"qwen3_next", "norm_topk_prob", 0, "true"},
    {"qwen3_moe", "decoder_sparse_step", 1, nullptr},
    {"qwen3_moe", "norm_topk_prob", 0, "false"},
    {"qwen2_moe", "decoder_sparse_step", 1, nullptr},
    {"qwen2_moe", "norm_topk_prob", 0, "false"},
    {"mixtral", "num_local_experts", 8, nullptr},
    {"mixtral", "num_experts_per_tok", 2, nullptr},
    {"gpt_oss", "num_local_experts", 128, nullptr},
    {"gpt_oss", "num_experts_per_tok", 4, nullptr},
    {"deepseek_v3", "scoring_func", 0, "sigmoid"},
    {"deepseek_v32", "scoring_func", 0, "sigmoid"},
    {"kimi_k2", "scoring_func", 0, "sigmoid"},
    {"minimax_m2", "scoring_func", 0, "sigmoid"},
};

// Llama 4's text config may be named "llama4" at the top level of older files.
std::string CanonicalType(const std::string& model_type) {
  return model_type == "llama4"   ? "llama4_text"
         : model_type == "gemma3" ? "gemma3_text"
                                  : model_type;
}

ConfigField MakeField(const Default& value) {
  ConfigField field;
  if (value.text == nullptr) {
    field.kind = ConfigField::Kind::kInteger;
    field.integer = value.integer;
    field.number = static_cast<double>(value.integer);
  } else if (std::string(value.text) == "true" || std::string(value.text) == "false") {
    field.kind = ConfigField::Kind::kBool;
    field.boolean = std::string(value.text) == "true";
  } else {
    field.kind = ConfigField::Kind::kString;
    field.text = value.text;
  }
  return field;
}

}  // namespace

ModelConfig WithTransformersDefaults(ModelConfig config) {
  const ConfigField* type = config.Find("model_type");
  std::string model_type = CanonicalType(type ? type->text : "");
  for (const Default& value : kDefaults) {
    if (model_type != value.model_type || config.Find(value.field)) continue;
    config.fields[value.field] = MakeField(value);
  }
  return config;
}

}  // namespace fib
