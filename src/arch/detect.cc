#include "arch/detect.h"

#include <algorithm>
#include <set>

#include "arch/field_reader.h"
#include "arch/layer_plan.h"

namespace fib {

namespace {

bool IsOneOf(const std::string& value, std::initializer_list<const char*> options) {
  return std::any_of(options.begin(), options.end(),
                     [&](const char* option) { return value == option; });
}

bool IsLlama4(const std::string& model_type) {
  return IsOneOf(model_type, {"llama4", "llama4_text"});
}

void ReadMla(FieldReader& fields, ArchFacts& facts) {
  MlaDims& mla = facts.mla;
  mla.q_heads = fields.Positive("num_attention_heads");
  mla.q_lora = fields.OptionalPositive({"q_lora_rank"}).value_or(0);
  mla.kv_lora = fields.Positive("kv_lora_rank");
  mla.nope = fields.Positive("qk_nope_head_dim");
  mla.rope = fields.Positive("qk_rope_head_dim");
  mla.v = fields.Positive("v_head_dim");
  facts.attention = AttentionKind::kMla;
  if (fields.Has("index_n_heads") || fields.Has("index_topk")) {
    facts.attention = AttentionKind::kDsa;
    facts.dsa.index_heads = fields.Positive("index_n_heads");
    facts.dsa.index_head_dim = fields.Positive("index_head_dim");
    facts.dsa.index_topk = fields.Positive("index_topk");
  }
}

void ReadGqa(FieldReader& fields, ArchFacts& facts) {
  GqaDims& gqa = facts.gqa;
  gqa.q_heads = fields.Positive("num_attention_heads");
  gqa.kv_heads = fields.OptionalPositive({"num_key_value_heads"}).value_or(gqa.q_heads);
  std::optional<int64_t> head_dim = fields.OptionalPositive({"head_dim", "attention_head_dim"});
  bool inputs_ok = !fields.Failed("hidden_size") && !fields.Failed("num_attention_heads");
  if (!head_dim && inputs_ok && facts.hidden % gqa.q_heads != 0) {
    fields.Fail("num_attention_heads",
                "head_dim is absent and hidden_size " + std::to_string(facts.hidden) +
                    " is not divisible by num_attention_heads " + std::to_string(gqa.q_heads));
  }
  gqa.head_dim = head_dim.value_or(facts.hidden / gqa.q_heads);
  gqa.output_gate = facts.model_type == "qwen3_next";
}

void ReadQkNormAndRope(FieldReader& fields, ArchFacts& facts) {
  if (IsOneOf(facts.model_type, {"qwen3", "qwen3_moe", "qwen3_next", "gemma3", "gemma3_text"}) ||
      (fields.Bool("use_qk_norm").value_or(false) && fields.String("qk_norm_type") == "per_head")) {
    facts.qk_norm = QkNorm::kPerHead;
  } else if (fields.Bool("use_qk_norm").value_or(false)) {
    facts.qk_norm = QkNorm::kOther;
  }
  if (facts.attention != AttentionKind::kGqa) return;
  int64_t head_dim = facts.gqa.head_dim;
  int64_t rotary = head_dim;
  if (fields.Has("rotary_dim")) {
    rotary = fields.Positive("rotary_dim");
  } else if (std::optional<double> factor = fields.Number("partial_rotary_factor")) {
    rotary = static_cast<int64_t>(static_cast<double>(head_dim) * *factor);
  }
  if (rotary > 0 && rotary < head_dim) facts.rotary_dim = rotary;
}

Routing RoutingOf(FieldReader& fields, const std::string& model_type) {
  if (IsLlama4(model_type)) return Routing::kLlama4;
  if (fields.String("scoring_func") == "sigmoid") return Routing::kDeepSeek;
  if (fields.Bool("norm_topk_prob").value_or(false) ||
      IsOneOf(model_type, {"mixtral", "gpt_oss"})) {
    return Routing::kRenorm;
  }
  return Routing::kDefault;
}

void ReadMoe(FieldReader& fields, ArchFacts& facts) {
  std::optional<int64_t> experts =
      fields.OptionalPositive({"n_routed_experts", "num_experts", "num_local_experts"});
  if (!experts) return;
  MoeDims moe;
  moe.experts = *experts;
  // Each field falls back to the next; the last one is required (its absence is the error).
  std::optional<int64_t> top_k = fields.OptionalPositive({"experts_per_token"});
  moe.top_k =
      fields.Has("num_experts_per_tok") || !top_k ? fields.Positive("num_experts_per_tok") : *top_k;
  moe.intermediate = fields.Has("moe_intermediate_size") ? fields.Positive("moe_intermediate_size")
                                                         : fields.Positive("intermediate_size");
  moe.routing = RoutingOf(fields, facts.model_type);
  moe.groups = fields.OptionalPositive({"n_group"}).value_or(1);
  moe.topk_groups = fields.OptionalPositive({"topk_group"}).value_or(1);
  if (std::optional<int64_t> shared = fields.OptionalPositive({"n_shared_experts"})) {
    moe.shared_intermediate = *shared * moe.intermediate;
  } else if (fields.Has("shared_expert_intermediate_size")) {
    moe.shared_intermediate = fields.Positive("shared_expert_intermediate_size");
  } else if (IsLlama4(facts.model_type)) {
    moe.shared_intermediate = moe.intermediate;  // Llama 4 always has one shared expert
  }
  facts.moe = moe;
}

void ReadHybridMixers(FieldReader& fields, ArchFacts& facts) {
  if (fields.Has("linear_num_key_heads") || fields.Has("linear_key_head_dim")) {
    GdnDims gdn;
    gdn.key_heads = fields.Positive("linear_num_key_heads");
    gdn.value_heads = fields.Positive("linear_num_value_heads");
    gdn.key_dim = fields.Positive("linear_key_head_dim");
    gdn.value_dim = fields.Positive("linear_value_head_dim");
    facts.gdn = gdn;
  }
  if (fields.Has("hybrid_override_pattern") || fields.Has("layers_block_type")) {
    MambaDims mamba;
    mamba.heads = fields.Positive("mamba_num_heads");
    mamba.head_dim = fields.Positive("mamba_head_dim");
    mamba.state = fields.Positive("ssm_state_size");
    mamba.groups = fields.Positive("n_groups");
    facts.mamba = mamba;
  }
}

void ReadDense(FieldReader& fields, ArchFacts& facts) {
  bool all_moe_without_dense = facts.moe && !fields.Has("intermediate_size");
  if (all_moe_without_dense) return;
  facts.dense_intermediate = IsLlama4(facts.model_type) && fields.Has("intermediate_size_mlp")
                                 ? fields.Positive("intermediate_size_mlp")
                                 : fields.Positive("intermediate_size");
  std::string activation = fields.String("mlp_hidden_act");
  if (activation.empty()) activation = fields.String("hidden_act");
  facts.gated_mlp = activation != "relu2";
}

// A config with none of the decoder fields is not a model this tool can describe.
std::optional<Diagnostic> CheckStandardFields(const ModelConfig& config) {
  std::vector<std::string> missing;
  for (const char* name : {"hidden_size", "num_hidden_layers", "num_attention_heads"}) {
    if (!config.Find(name)) missing.push_back(name);
  }
  if (missing.size() < 3) return std::nullopt;
  return Error(ErrorKind::kInput,
               config.path +
                   ": not a decoder config: none of hidden_size, num_hidden_layers, "
                   "num_attention_heads is present",
               "pass a HuggingFace config.json (or text_config wrapper) or a "
               "model_architecture.json");
}

}  // namespace

Result<ArchFacts> DetectArchitecture(const ModelConfig& raw) {
  if (std::optional<Diagnostic> error = CheckStandardFields(raw)) return *error;
  ModelConfig config = WithTransformersDefaults(raw);
  FieldReader fields(config);
  ArchFacts facts;
  facts.model_type = fields.String("model_type");
  facts.root = config.architecture;
  if (facts.root.empty()) {
    fields.Fail("architectures", "missing 'architectures' (the root class name)");
  }
  facts.hidden = fields.Positive("hidden_size");
  facts.layers = fields.Positive("num_hidden_layers");
  facts.vocab = fields.OptionalPositive({"vocab_size"}).value_or(0);
  if (fields.Has("kv_lora_rank") && fields.Has("qk_nope_head_dim")) {
    ReadMla(fields, facts);
  } else {
    ReadGqa(fields, facts);
  }
  ReadQkNormAndRope(fields, facts);
  ReadMoe(fields, facts);
  ReadHybridMixers(fields, facts);
  ReadDense(fields, facts);
  if (fields.errors().empty()) PlanLayers(fields, facts);
  if (!fields.errors().empty()) {
    Diagnostic first = fields.errors().front();
    for (size_t i = 1; i < fields.errors().size(); ++i) {
      first.notes.push_back(fields.errors()[i].message);
    }
    return first;
  }
  return facts;
}

}  // namespace fib
