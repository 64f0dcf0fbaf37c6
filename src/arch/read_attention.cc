#include "arch/read_attention.h"

#include <cmath>
#include <cstdio>

namespace fib {

namespace {

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

int64_t KvHeads(FieldReader& fields, const FamilyTraits& traits, int64_t q_heads) {
  // Falcon's multi_query means one KV head, except in its new decoder architecture.
  if (traits.multi_query_flag && fields.Bool(traits.multi_query_flag).value_or(false) &&
      !fields.Bool("new_decoder_architecture").value_or(false)) {
    return 1;
  }
  return fields.OptionalPositive(traits.kv_heads_keys).value_or(q_heads);
}

int64_t HeadDim(FieldReader& fields, const ArchFacts& facts, int64_t q_heads) {
  if (!facts.traits.head_dim_from_hidden) {
    std::optional<int64_t> given = fields.OptionalPositive({"head_dim", "attention_head_dim"});
    if (given) return *given;
  }
  bool inputs_ok = !fields.Failed("hidden_size") && !fields.Failed("num_attention_heads");
  if (inputs_ok && facts.hidden % q_heads != 0) {
    fields.Fail("num_attention_heads",
                "head_dim is hidden_size / num_attention_heads here, but hidden_size " +
                    std::to_string(facts.hidden) + " is not divisible by " +
                    std::to_string(q_heads));
  }
  return facts.hidden / q_heads;
}

void ReadGqa(FieldReader& fields, ArchFacts& facts) {
  GqaDims& gqa = facts.gqa;
  gqa.q_heads = fields.Positive("num_attention_heads");
  gqa.kv_heads = KvHeads(fields, facts.traits, gqa.q_heads);
  // Each KV head serves a whole group of query heads: 7 KV heads for 32 cannot be.
  if (gqa.q_heads % gqa.kv_heads != 0 && !fields.Failed("num_attention_heads")) {
    for (const std::string& key : facts.traits.kv_heads_keys) {
      if (!fields.Has(key)) continue;
      fields.Fail(key, "'" + key + "' must divide num_attention_heads (" +
                           std::to_string(gqa.q_heads) + "), got " +
                           std::to_string(gqa.kv_heads));
      break;
    }
  }
  gqa.head_dim = HeadDim(fields, facts, gqa.q_heads);
}

// The rotary width from the first key of the family's list that the config sets: a
// fraction of head_dim, or (rotary_dim) a width.
int64_t RotaryDim(FieldReader& fields, const FamilyTraits& traits, int64_t head_dim) {
  for (const std::string& key : traits.rotary_keys) {
    if (!fields.Has(key)) continue;
    if (key == "rotary_dim") return fields.Positive(key);
    std::optional<double> factor = fields.Number(key);
    if (!factor || !std::isfinite(*factor) || *factor <= 0 || *factor > 1) {
      fields.Fail(key, "'" + key + "' must be a fraction in (0, 1]");
      return head_dim;
    }
    return static_cast<int64_t>(static_cast<double>(head_dim) * *factor);
  }
  return head_dim;
}

// What the attention computes that the attention Definitions do not.
std::string UnmappedAttention(FieldReader& fields, const FamilyTraits& traits) {
  if (traits.softcap_key) {
    std::optional<double> cap = fields.Number(traits.softcap_key);
    if (cap && *cap > 0) {
      char text[32];
      std::snprintf(text, sizeof text, "%g", *cap);
      return std::string("attention logit soft-capping (") + traits.softcap_key + " " + text + ")";
    }
  }
  if (traits.attention_sinks) return "attention with learned sinks";
  if (traits.alibi_key && fields.Bool(traits.alibi_key).value_or(false)) {
    return "attention with ALiBi position biases";
  }
  return "";
}

}  // namespace

void ReadAttention(FieldReader& fields, ArchFacts& facts) {
  if (fields.Has("kv_lora_rank") && fields.Has("qk_nope_head_dim")) {
    ReadMla(fields, facts);
  } else {
    ReadGqa(fields, facts);
    int64_t rotary = facts.traits.forced_rotary_factor > 0
                         ? static_cast<int64_t>(static_cast<double>(facts.gqa.head_dim) *
                                                facts.traits.forced_rotary_factor)
                         : RotaryDim(fields, facts.traits, facts.gqa.head_dim);
    if (rotary > 0 && rotary < facts.gqa.head_dim) facts.rotary_dim = rotary;
  }
  facts.attention_unmapped = UnmappedAttention(fields, facts.traits);
  if (!facts.attention_unmapped.empty() && facts.traits.alibi_key) {
    facts.traits.rope = RopeStyle::kNone;  // ALiBi replaces RoPE
  }
  // Only the description mentions the window; a value that is not a width is ignored.
  std::optional<double> window = fields.Number("sliding_window");
  facts.sliding_window =
      window && *window >= 1 && *window < 1e15 ? static_cast<int64_t>(*window) : 0;
}

}  // namespace fib
