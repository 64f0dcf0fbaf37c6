#include "arch/unknown_family.h"

namespace fib {

namespace {

void InferNorm(FieldReader& fields, InferredTraits& out) {
  std::string norm = fields.String("normalization_type");
  if (norm.empty()) {
    out.assumptions.push_back("pre-norm RMSNorm");
    return;
  }
  bool layer_norm =
      norm.find("layer") != std::string::npos || norm.find("Layer") != std::string::npos;
  if (layer_norm) out.traits.norm = NormKind::kLayerNorm;
}

void InferMlp(FieldReader& fields, InferredTraits& out) {
  std::string activation = fields.String("mlp_hidden_act");
  if (activation.empty()) activation = fields.String("hidden_act");
  std::string type = fields.String("mlp_type");
  bool non_gated = activation == "relu2" || type == "standard" || type == "non-gated";
  if (non_gated) out.traits.mlp = MlpKind::kNonGated;
  if (activation.empty() && type.empty()) out.assumptions.push_back("gated SiLU MLP");
}

void InferAttention(FieldReader& fields, InferredTraits& out, bool schema_stated) {
  if (std::optional<bool> qk = fields.Bool("use_qk_norm")) {
    if (*qk) {
      out.traits.qk_norm =
          fields.String("qk_norm_type") == "per_head" ? QkNorm::kPerHead : QkNorm::kOther;
    }
  } else if (!schema_stated) {
    out.assumptions.push_back("no q/k norm");
  }
  bool partial_given = false;
  for (const std::string& key : out.traits.rotary_keys) partial_given |= fields.Has(key);
  if (!partial_given && !schema_stated) out.assumptions.push_back("full RoPE on every layer");
}

void InferMoe(FieldReader& fields, InferredTraits& out) {
  bool moe = false;
  for (const char* key :
       {"n_routed_experts", "num_experts", "num_local_experts", "moe_num_experts"}) {
    moe |= fields.Has(key);
  }
  if (!moe) return;
  if (fields.String("scoring_func") == "sigmoid") out.traits.scoring = Scoring::kSigmoidBias;
  bool renorm_given = fields.Has("norm_topk_prob");
  if (!fields.Has("scoring_func") && !renorm_given) {
    out.assumptions.push_back("softmax top-k routing without renormalisation");
  } else if (!renorm_given) {
    out.assumptions.push_back("top-k weights not renormalised");
  }
}

void InferHybrid(FieldReader& fields, InferredTraits& out) {
  if (fields.Has("linear_num_key_heads") || fields.Has("linear_key_head_dim")) {
    out.traits.hybrid = HybridKind::kGdn;
  } else if (fields.Has("hybrid_override_pattern") || fields.Has("layers_block_type")) {
    out.traits.hybrid = HybridKind::kMambaPattern;
    out.traits.moe_layers = MoeLayerRule::kPattern;
    out.traits.rope = RopeStyle::kNone;
    out.assumptions.push_back("no RoPE in the attention layers (as Nemotron-H)");
  }
}

}  // namespace

InferredTraits InferTraits(FieldReader& fields) {
  InferredTraits out;
  out.traits = DefaultTraits();
  // model_architecture.json's special_features list states what is special; an empty list
  // says nothing is.
  bool schema_stated = fields.Has("special_features");
  InferNorm(fields, out);
  InferMlp(fields, out);
  InferAttention(fields, out, schema_stated);
  InferMoe(fields, out);
  InferHybrid(fields, out);
  return out;
}

std::string DescribeAssumptions(const std::vector<std::string>& assumptions) {
  std::string out;
  for (size_t i = 0; i < assumptions.size(); ++i) {
    if (i > 0) out += i + 1 == assumptions.size() ? " and " : ", ";
    out += assumptions[i];
  }
  return "assumed " + out;
}

}  // namespace fib
