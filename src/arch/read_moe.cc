#include "arch/read_moe.h"

namespace fib {

namespace {

// Every spelling of the routed-expert count and top-k across the families.
const std::vector<std::string> kExpertCountKeys = {"n_routed_experts", "num_experts",
                                                   "num_local_experts", "moe_num_experts"};
const std::vector<std::string> kTopKKeys = {"num_experts_per_tok", "experts_per_token", "moe_topk",
                                            "moe_k", "top_k_experts"};

std::optional<std::string> FirstPresent(FieldReader& fields, const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    if (fields.Has(key)) return key;
  }
  return std::nullopt;
}

int64_t ExpertSize(FieldReader& fields, const FamilyTraits& traits) {
  if (fields.Has(traits.expert_size_key)) return fields.Positive(traits.expert_size_key);
  return fields.Positive("intermediate_size");
}

bool Renormalises(FieldReader& fields, Renorm renorm, std::string& unmapped) {
  switch (renorm) {
    case Renorm::kAlways:
      return true;
    case Renorm::kNever:
      return false;
    case Renorm::kFromConfig:
      return fields.Bool("norm_topk_prob").value_or(false);
    case Renorm::kPNorm: {
      const char* key = "ffn_config.moe_normalize_expert_weights";
      const ConfigField* field = fields.config().Find(key);
      bool present = false;  // a member present with null is not Find's
      auto ffn = fields.config().fields.find("ffn_config");
      if (ffn != fields.config().fields.end()) {
        for (const ConfigField& member : ffn->second.items) {
          present |= member.key == "moe_normalize_expert_weights";
        }
      }
      if (!field && !present) return true;  // DbrxFFNConfig's default p is 1
      if (!field) return false;             // null: the weights are not normalised
      if (fields.Number(key) == 1.0) return true;
      unmapped = "top-k weights normalised by a p-norm other than 1 (" + std::string(key) + ")";
      return false;
    }
  }
  return false;
}

// Shared experts as the family sizes them; 0 means none (Qwen3-Coder's
// shared_expert_intermediate_size 0 is inert).
int64_t SharedSize(FieldReader& fields, const FamilyTraits& traits, int64_t expert_size) {
  switch (traits.shared) {
    case SharedExperts::kNone:
      return 0;
    case SharedExperts::kCountTimesExpert:
      if (traits.shared_flag && !fields.Bool(traits.shared_flag).value_or(false)) return 0;
      return fields.NonNegative(traits.shared_key, 0) * expert_size;
    case SharedExperts::kSizeKey:
      return fields.NonNegative(traits.shared_key, 0);
    case SharedExperts::kOneOfIntermediate:
      return expert_size;
    case SharedExperts::kGeneric:
      if (fields.Has("n_shared_experts"))
        return fields.NonNegative("n_shared_experts", 0) * expert_size;
      for (const char* key :
           {"shared_expert_intermediate_size", "moe_shared_expert_intermediate_size"}) {
        if (fields.Has(key)) return fields.NonNegative(key, 0);
      }
      return 0;
  }
  return 0;
}

std::string Activation(FieldReader& fields) {
  for (const char* key : {"mlp_hidden_act", "hidden_act", "hidden_activation"}) {
    std::string value = fields.String(key);
    if (!value.empty()) return value;
  }
  return "silu";
}

// A `scoring_func` no Definition family computes (DeepSeek-V4's "sqrtsoftplus", say): the
// routing is unmapped rather than named as the family's softmax or sigmoid. Both of those
// spellings are left to the family's traits, which know what transformers does with them.
void CheckScoringFunction(FieldReader& fields, MoeFacts& moe) {
  if (!fields.Has("scoring_func") || !moe.routing_unmapped.empty()) return;
  std::string scoring = fields.String("scoring_func");
  if (scoring.empty() || scoring == "softmax" || scoring == "sigmoid") return;
  moe.routing_unmapped = "routing with scoring_func " + scoring;
}

}  // namespace

void ReadMoe(FieldReader& fields, ArchFacts& facts) {
  std::optional<std::string> count_key = FirstPresent(fields, kExpertCountKeys);
  if (!count_key) return;
  // Hunyuan and Jamba spell "dense" as one expert; Granite as zero.
  if (fields.NonNegative(*count_key, 0) <= 1) return;
  const FamilyTraits& traits = facts.traits;
  MoeFacts moe;
  moe.experts = fields.Positive(*count_key);
  moe.top_k = fields.Positive(FirstPresent(fields, kTopKKeys).value_or("num_experts_per_tok"));
  moe.intermediate = ExpertSize(fields, traits);
  moe.scoring = traits.scoring;
  moe.renormalise = Renormalises(fields, traits.renorm, moe.routing_unmapped);
  CheckScoringFunction(fields, moe);
  moe.topk_method = fields.String("topk_method");
  moe.groups = fields.OptionalPositive({"n_group"}).value_or(1);
  moe.topk_groups = fields.OptionalPositive({"topk_group"}).value_or(1);
  moe.shared_intermediate = SharedSize(fields, traits, moe.intermediate);
  moe.expert_kind = traits.experts;
  moe.activation = Activation(fields);
  if (traits.latent_moe) moe.latent = fields.OptionalPositive({"moe_latent_size"}).value_or(0);
  facts.moe = moe;
}

}  // namespace fib
