#include "arch/layer_plan.h"

#include <algorithm>
#include <set>

namespace fib {

namespace {

// Nemotron-H: one entry per layer, as a pattern string or a list, in old or new spellings.
std::string MambaPattern(FieldReader& fields) {
  std::string pattern = fields.String("hybrid_override_pattern");
  if (!pattern.empty()) return pattern;
  for (const std::string& type :
       fields.StringList("layers_block_type").value_or(std::vector<std::string>{})) {
    bool mamba = type == "mamba" || type == "linear_attention";
    bool attention = type == "attention" || type == "full_attention";
    pattern += mamba ? 'M' : attention ? '*' : type == "moe" ? 'E' : type == "mlp" ? '-' : '?';
  }
  return pattern;
}

void PlanMambaPattern(FieldReader& fields, ArchFacts& facts) {
  std::string pattern = MambaPattern(fields);
  const char* key =
      fields.Has("hybrid_override_pattern") ? "hybrid_override_pattern" : "layers_block_type";
  if (static_cast<int64_t>(pattern.size()) != facts.layers) {
    fields.Fail(key, "the layer pattern has " + std::to_string(pattern.size()) +
                         " entries, but num_hidden_layers is " + std::to_string(facts.layers));
    return;
  }
  for (size_t i = 0; i < pattern.size(); ++i) {
    LayerKind& kind = facts.layer_kinds[i];
    char c = pattern[i];
    if (c != 'M' && c != '*' && c != '-' && c != 'E') {
      fields.Fail(key, std::string("unknown layer kind '") + c +
                           "' in the pattern; expected M, *, - or E (mamba, attention, mlp, moe)");
      return;
    }
    // Found by fuzz/hf_config_fuzzer.cc: without experts, a MoE layer's subtree read facts.moe
    // empty (undefined behaviour; in a release build, "out of memory", exit 9).
    if (c == 'E' && !facts.moe) {
      fields.Fail(key, "layer " + std::to_string(i) +
                           " of the pattern is a MoE layer, but the config gives no routed "
                           "experts (n_routed_experts)");
      return;
    }
    kind.mixer = c == 'M' ? Mixer::kMamba2 : c == '*' ? Mixer::kAttention : Mixer::kNone;
    kind.ffn = c == '-' ? Ffn::kDense : c == 'E' ? Ffn::kMoe : Ffn::kNone;
  }
}

// Qwen3-Next / Qwen3.5: full attention where layer_types says so, or every
// full_attention_interval-th layer; Gated DeltaNet elsewhere.
void PlanGdnLayers(FieldReader& fields, ArchFacts& facts) {
  std::optional<std::vector<std::string>> types = fields.StringList("layer_types");
  int64_t interval = fields.OptionalPositive({"full_attention_interval"}).value_or(4);
  for (int64_t i = 0; i < facts.layers; ++i) {
    size_t index = static_cast<size_t>(i);
    bool full = types && index < types->size() ? (*types)[index] == "full_attention"
                                               : (i + 1) % interval == 0;
    facts.layer_kinds[index].mixer = full ? Mixer::kAttention : Mixer::kGdn;
  }
}

// Which layers are attention, for hybrids that mark them by a list of types or of indices
// (the other layers take `other`).
void PlanAttentionOr(FieldReader& fields, ArchFacts& facts, Mixer other) {
  std::optional<std::vector<std::string>> types = fields.StringList("layer_types");
  std::set<int64_t> indices;
  for (const char* key : {"attn_layer_indices", "full_attn_idxs"}) {
    for (int64_t i : fields.IntList(key).value_or(std::vector<int64_t>{})) indices.insert(i);
  }
  for (size_t i = 0; i < facts.layer_kinds.size(); ++i) {
    bool attention = types && i < types->size()
                         ? (*types)[i] == "attention" || (*types)[i] == "full_attention"
                         : indices.count(static_cast<int64_t>(i)) > 0;
    facts.layer_kinds[i].mixer = attention ? Mixer::kAttention : other;
  }
}

// MiniMax: layer_types ("linear_attention" / "full_attention"), or the remote code's
// attn_type_list (0 lightning, 1 softmax); every other layer when neither is given.
void PlanLinearAttention(FieldReader& fields, ArchFacts& facts) {
  std::optional<std::vector<std::string>> types = fields.StringList("layer_types");
  std::vector<int64_t> kinds = fields.IntList("attn_type_list").value_or(std::vector<int64_t>{});
  for (size_t i = 0; i < facts.layer_kinds.size(); ++i) {
    bool softmax = types && i < types->size() ? (*types)[i] == "full_attention"
                   : i < kinds.size()         ? kinds[i] == 1
                                              : (i + 1) % 2 != 0;
    facts.layer_kinds[i].mixer = softmax ? Mixer::kAttention : Mixer::kLinearAttention;
  }
}

void PlanJambaMixers(FieldReader& fields, ArchFacts& facts) {
  int64_t period = fields.OptionalPositive({"attn_layer_period"}).value_or(8);
  int64_t offset = fields.NonNegative("attn_layer_offset", 4);
  for (int64_t i = 0; i < facts.layers; ++i) {
    facts.layer_kinds[static_cast<size_t>(i)].mixer =
        i % period == offset ? Mixer::kAttention : Mixer::kMamba1;
  }
}

void PlanMixers(FieldReader& fields, ArchFacts& facts) {
  switch (facts.traits.hybrid) {
    case HybridKind::kNone:
      return;
    case HybridKind::kGdn:
      return PlanGdnLayers(fields, facts);
    case HybridKind::kMambaPattern:
      return PlanMambaPattern(fields, facts);
    case HybridKind::kMambaLayerTypes:
      return PlanAttentionOr(fields, facts, Mixer::kMamba2);
    case HybridKind::kShortConv:
      return PlanAttentionOr(fields, facts, Mixer::kShortConv);
    case HybridKind::kLinearAttention:
      return PlanLinearAttention(fields, facts);
    case HybridKind::kParallelMamba:
      for (LayerKind& kind : facts.layer_kinds) kind.parallel_mamba = true;
      return;
    case HybridKind::kJamba:
      return PlanJambaMixers(fields, facts);
  }
}

std::set<int64_t> IntSet(FieldReader& fields, const char* key) {
  std::vector<int64_t> values = fields.IntList(key).value_or(std::vector<int64_t>{});
  return std::set<int64_t>(values.begin(), values.end());
}

// Every key any family uses, for model types the table does not know.
bool IsMoeGeneric(FieldReader& fields, int64_t i) {
  if (fields.Has("moe_layers")) return IntSet(fields, "moe_layers").count(i) > 0;
  int64_t step = fields.OptionalPositive({"interleave_moe_layer_step"}).value_or(1);
  int64_t first_dense = fields.NonNegative("first_k_dense_replace", 0);
  int64_t frequency = fields.OptionalPositive({"moe_layer_freq"}).value_or(1);
  int64_t sparse_step = fields.OptionalPositive({"decoder_sparse_step"}).value_or(1);
  return i % step == step - 1 && i >= first_dense && i % frequency == 0 &&
         (i + 1) % sparse_step == 0 && !IntSet(fields, "mlp_only_layers").count(i);
}

bool IsMoeFirstDense(FieldReader& fields, int64_t i) {
  if (std::optional<std::vector<std::string>> types = fields.StringList("mlp_layer_types")) {
    return static_cast<size_t>(i) < types->size() && (*types)[static_cast<size_t>(i)] == "sparse";
  }
  int64_t frequency = fields.OptionalPositive({"moe_layer_freq"}).value_or(1);
  return i >= fields.NonNegative("first_k_dense_replace", 0) && i % frequency == 0;
}

bool IsMoeErnie(FieldReader& fields, int64_t i, int64_t layers) {
  int64_t interval = fields.OptionalPositive({"moe_layer_interval"}).value_or(1);
  int64_t start = fields.NonNegative("moe_layer_start_index", 0);
  int64_t end = fields.Integer("moe_layer_end_index").value_or(-1);
  if (end < 0) end = layers - 1;
  return (i + 1) % interval == 0 && i >= start && i <= end;
}

bool IsMoeLayer(FieldReader& fields, MoeLayerRule rule, int64_t i, int64_t layers) {
  switch (rule) {
    case MoeLayerRule::kGeneric:
      return IsMoeGeneric(fields, i);
    case MoeLayerRule::kEvery:
    case MoeLayerRule::kPattern:
      return true;
    case MoeLayerRule::kFirstDense:
      return IsMoeFirstDense(fields, i);
    case MoeLayerRule::kSparseStep: {
      int64_t step = fields.OptionalPositive({"decoder_sparse_step"}).value_or(1);
      return (i + 1) % step == 0 && !IntSet(fields, "mlp_only_layers").count(i);
    }
    case MoeLayerRule::kInterleave: {
      if (fields.Has("moe_layers")) return IntSet(fields, "moe_layers").count(i) > 0;
      int64_t step = fields.OptionalPositive({"interleave_moe_layer_step"}).value_or(1);
      return i % step == step - 1;
    }
    case MoeLayerRule::kErnie:
      return IsMoeErnie(fields, i, layers);
    case MoeLayerRule::kJamba: {
      int64_t period = fields.OptionalPositive({"expert_layer_period"}).value_or(2);
      return i % period == fields.NonNegative("expert_layer_offset", 1);
    }
  }
  return true;
}

void PlanFeedForward(FieldReader& fields, ArchFacts& facts) {
  if (!facts.moe || facts.traits.moe_layers == MoeLayerRule::kPattern) return;
  for (int64_t i = 0; i < facts.layers; ++i) {
    LayerKind& kind = facts.layer_kinds[static_cast<size_t>(i)];
    if (kind.ffn == Ffn::kNone) continue;
    kind.ffn =
        IsMoeLayer(fields, facts.traits.moe_layers, i, facts.layers) ? Ffn::kMoe : Ffn::kDense;
  }
}

// kPattern: layer i slides unless (i + 1) % sliding_window_pattern == 0; EXAONE 4 may spell
// the pattern as a string ("LLLG": L local, G global, repeated from layer 0, last layer
// global).
bool SlidesByPattern(FieldReader& fields, const ArchFacts& facts, int64_t i) {
  std::string text = fields.String("sliding_window_pattern");
  if (!text.empty()) {
    return i != facts.layers - 1 && text[static_cast<size_t>(i) % text.size()] == 'L';
  }
  int64_t pattern =
      fields.OptionalPositive({"sliding_window_pattern"}).value_or(facts.traits.sliding_pattern);
  return pattern > 0 && (i + 1) % pattern != 0;
}

// The sliding-window layers: layer_types when it names them, else the family's rule.
void PlanSliding(FieldReader& fields, ArchFacts& facts) {
  std::optional<std::vector<std::string>> types = fields.StringList("layer_types");
  bool named =
      types && std::find(types->begin(), types->end(), "sliding_attention") != types->end();
  for (int64_t i = 0; i < facts.layers; ++i) {
    size_t index = static_cast<size_t>(i);
    bool sliding = false;
    if (named) {
      sliding = index < types->size() && (*types)[index] == "sliding_attention";
    } else if (facts.sliding_window > 0) {
      switch (facts.traits.sliding) {
        case SlidingRule::kNone:
          break;
        case SlidingRule::kPattern:
          sliding = SlidesByPattern(fields, facts, i);
          break;
        case SlidingRule::kAllLayers:
          sliding = true;
          break;
        case SlidingRule::kQwen2:
          sliding = fields.Bool("use_sliding_window").value_or(false) &&
                    i >= fields.NonNegative("max_window_layers", 28);
          break;
        case SlidingRule::kMaxWindowLayers:
          sliding = i >= fields.NonNegative("max_window_layers", facts.layers);
          break;
      }
    }
    facts.layer_kinds[index].sliding =
        sliding && facts.layer_kinds[index].mixer == Mixer::kAttention;
  }
}

// Which attention layers apply RoPE.
void PlanRope(FieldReader& fields, ArchFacts& facts) {
  bool any_sliding = std::any_of(facts.layer_kinds.begin(), facts.layer_kinds.end(),
                                 [](const LayerKind& k) { return k.sliding; });
  std::vector<int64_t> flags = fields.IntList("no_rope_layers").value_or(std::vector<int64_t>{});
  int64_t interval = fields.OptionalPositive({"no_rope_layer_interval"}).value_or(4);
  bool rope_type = fields.String("position_embedding_type") == "rope";
  for (int64_t i = 0; i < facts.layers; ++i) {
    size_t index = static_cast<size_t>(i);
    LayerKind& kind = facts.layer_kinds[index];
    bool rope = kind.mixer == Mixer::kAttention && facts.traits.rope != RopeStyle::kNone;
    switch (facts.traits.nope) {
      case NopeRule::kNone:
        break;
      case NopeRule::kFlags:
        rope = rope && (index < flags.size() ? flags[index] != 0 : (i + 1) % interval != 0);
        break;
      case NopeRule::kGlobalLayers:
        rope = rope && kind.sliding;
        break;
      case NopeRule::kGlobalLayersWhenHybrid:
        rope = rope && (!any_sliding || kind.sliding);
        break;
      case NopeRule::kPositionEmbeddingType:
        rope = rope && rope_type;
        break;
    }
    kind.rope = rope;
  }
}

}  // namespace

void PlanLayers(FieldReader& fields, ArchFacts& facts) {
  facts.layer_kinds.assign(static_cast<size_t>(facts.layers), LayerKind{});
  PlanMixers(fields, facts);
  if (!fields.errors().empty()) return;
  HybridKind hybrid = facts.traits.hybrid;
  facts.hybrid = hybrid != HybridKind::kNone && hybrid != HybridKind::kParallelMamba;
  PlanFeedForward(fields, facts);
  PlanSliding(fields, facts);
  PlanRope(fields, facts);
  bool has_dense = std::any_of(facts.layer_kinds.begin(), facts.layer_kinds.end(),
                               [](const LayerKind& kind) { return kind.ffn == Ffn::kDense; });
  if (has_dense && facts.dense_intermediate == 0) {
    fields.Fail(facts.traits.dense_size_key, std::string("the model has dense layers but no '") +
                                                 facts.traits.dense_size_key + "'");
  }
}

}  // namespace fib
