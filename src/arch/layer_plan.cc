#include "arch/layer_plan.h"

#include <algorithm>
#include <set>

namespace fib {

namespace {

// Nemotron-H: one character per layer. M Mamba2, * attention, - MLP, E MoE.
void PlanMambaPattern(FieldReader& fields, ArchFacts& facts) {
  std::string pattern = fields.String("hybrid_override_pattern");
  if (pattern.empty()) {
    std::optional<std::vector<std::string>> types = fields.StringList("layers_block_type");
    for (const std::string& type : types.value_or(std::vector<std::string>{})) {
      pattern += type == "mamba" ? 'M' : type == "attention" ? '*' : type == "moe" ? 'E' : '-';
    }
  }
  if (static_cast<int64_t>(pattern.size()) != facts.layers) {
    fields.Fail("hybrid_override_pattern",
                "the layer pattern has " + std::to_string(pattern.size()) +
                    " entries, but num_hidden_layers is " + std::to_string(facts.layers));
    return;
  }
  for (size_t i = 0; i < pattern.size(); ++i) {
    LayerKind& kind = facts.layer_kinds[i];
    char c = pattern[i];
    if (c != 'M' && c != '*' && c != '-' && c != 'E') {
      fields.Fail("hybrid_override_pattern", std::string("unknown layer kind '") + c +
                                                 "' in the pattern; expected M, *, - or E");
      return;
    }
    kind.mixer = c == 'M' ? Mixer::kMamba : c == '*' ? Mixer::kAttention : Mixer::kNone;
    kind.ffn = c == '-' ? Ffn::kDense : c == 'E' ? Ffn::kMoe : Ffn::kNone;
    kind.rope = false;  // Nemotron-H attention layers apply no rotary embedding
  }
}

// Qwen3-Next: full attention where layer_types says so, or every full_attention_interval-th.
void PlanGdnLayers(FieldReader& fields, ArchFacts& facts) {
  std::optional<std::vector<std::string>> types = fields.StringList("layer_types");
  int64_t interval = fields.OptionalPositive({"full_attention_interval"}).value_or(4);
  for (int64_t i = 0; i < facts.layers; ++i) {
    bool full = types && static_cast<size_t>(i) < types->size()
                    ? (*types)[static_cast<size_t>(i)] == "full_attention"
                    : (i + 1) % interval == 0;
    facts.layer_kinds[static_cast<size_t>(i)].mixer = full ? Mixer::kAttention : Mixer::kGdn;
    facts.layer_kinds[static_cast<size_t>(i)].rope = full;
  }
}

// Which layers use the MoE feed-forward (the others are dense).
std::vector<bool> MoeLayers(FieldReader& fields, const ArchFacts& facts) {
  size_t count = static_cast<size_t>(facts.layers);
  std::vector<bool> moe(count, true);
  if (std::optional<std::vector<int64_t>> listed = fields.IntList("moe_layers")) {
    std::fill(moe.begin(), moe.end(), false);
    for (int64_t i : *listed) {
      if (i >= 0 && static_cast<size_t>(i) < count) moe[static_cast<size_t>(i)] = true;
    }
    return moe;
  }
  int64_t step = fields.OptionalPositive({"interleave_moe_layer_step"}).value_or(1);
  int64_t first_dense = fields.NonNegative("first_k_dense_replace", 0);
  int64_t frequency = fields.OptionalPositive({"moe_layer_freq"}).value_or(1);
  int64_t sparse_step = fields.OptionalPositive({"decoder_sparse_step"}).value_or(1);
  std::set<int64_t> mlp_only;
  for (int64_t i : fields.IntList("mlp_only_layers").value_or(std::vector<int64_t>{})) {
    mlp_only.insert(i);
  }
  for (int64_t i = 0; i < facts.layers; ++i) {
    moe[static_cast<size_t>(i)] = i % step == step - 1 && i >= first_dense && i % frequency == 0 &&
                                  (i + 1) % sparse_step == 0 && !mlp_only.count(i);
  }
  return moe;
}

// Llama 4: no_rope_layers holds a 1 for each layer that uses RoPE; empty means every 4th
// layer has no RoPE.
void PlanNoPe(FieldReader& fields, ArchFacts& facts) {
  if (facts.model_type != "llama4_text" && facts.model_type != "llama4") return;
  std::optional<std::vector<int64_t>> flags = fields.IntList("no_rope_layers");
  for (int64_t i = 0; i < facts.layers; ++i) {
    size_t index = static_cast<size_t>(i);
    bool listed = flags && index < flags->size();
    facts.layer_kinds[index].rope = listed ? (*flags)[index] != 0 : (i + 1) % 4 != 0;
  }
}

}  // namespace

void PlanLayers(FieldReader& fields, ArchFacts& facts) {
  facts.layer_kinds.assign(static_cast<size_t>(facts.layers), LayerKind{});
  if (facts.mamba) {
    PlanMambaPattern(fields, facts);
    facts.hybrid = true;
    return;
  }
  if (facts.gdn) {
    PlanGdnLayers(fields, facts);
    facts.hybrid = true;
  }
  if (facts.moe) {
    std::vector<bool> moe = MoeLayers(fields, facts);
    for (size_t i = 0; i < moe.size(); ++i) {
      facts.layer_kinds[i].ffn = moe[i] ? Ffn::kMoe : Ffn::kDense;
    }
  }
  PlanNoPe(fields, facts);
  bool has_dense = std::any_of(facts.layer_kinds.begin(), facts.layer_kinds.end(),
                               [](const LayerKind& kind) { return kind.ffn == Ffn::kDense; });
  if (has_dense && facts.dense_intermediate == 0) {
    fields.Fail("intermediate_size", "the model has dense layers but no 'intermediate_size'");
  }
}

}  // namespace fib
