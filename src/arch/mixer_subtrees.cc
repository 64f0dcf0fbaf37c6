// Mixer subtrees (spec §3.1): self_attn, linear_attn and mixer.
#include <algorithm>

#include "arch/subtrees.h"
#include "naming/definition_names.h"

namespace fib {

namespace {

int64_t RopeLayers(const SubtreeScope& scope) {
  return std::count_if(scope.layers.begin(), scope.layers.end(),
                       [&](size_t i) { return scope.facts.layer_kinds[i].rope; });
}

// What a q/k norm without a Definition family computes.
std::string OtherQkNorm(const FamilyTraits& traits) {
  if (traits.qk_norm_rope_layers_only) return "weightless q/k L2 norm";
  if (traits.norm == NormKind::kLayerNorm) return "per-head q/k LayerNorm";
  return "q/k norm of an unknown kind (use_qk_norm without qk_norm_type per_head)";
}

void AddQkNorm(const SubtreeScope& scope, int64_t rope_layers) {
  const ArchFacts& facts = scope.facts;
  const GqaDims& g = facts.gqa;
  int64_t count = facts.traits.qk_norm_rope_layers_only ? rope_layers : scope.count();
  if (facts.traits.qk_norm == QkNorm::kNone || count == 0) return;
  for (const char* key : {"q_norm", "k_norm"}) {
    bool q = std::string(key) == "q_norm";
    switch (facts.traits.qk_norm) {
      case QkNorm::kNone:
        return;
      case QkNorm::kPerHead:
        scope.sink.Layer(key, count, "self_attn", {RmsNormName(g.head_dim)});
        break;
      case QkNorm::kFullWidth:
        scope.sink.Layer(key, count, "self_attn",
                         {RmsNormName((q ? g.q_heads : g.kv_heads) * g.head_dim)});
        break;
      case QkNorm::kOther:
        scope.sink.UnmappedLayer(key, count, "self_attn", OtherQkNorm(facts.traits));
        break;
    }
  }
}

void AddRotary(const SubtreeScope& scope, int64_t rope_layers, int64_t head_dim) {
  if (rope_layers == 0) return;
  const ArchFacts& facts = scope.facts;
  if (facts.rotary_dim == 0) {
    scope.sink.Layer("rotary_emb", rope_layers, "self_attn", {});
  } else if (facts.traits.rope == RopeStyle::kInterleaved) {
    scope.sink.UnmappedLayer("rotary_emb", rope_layers, "self_attn",
                             "partial interleaved (GPT-J style) RoPE");
  } else {
    scope.sink.Layer("rotary_emb", rope_layers, "self_attn",
                     {RopeName(head_dim, facts.rotary_dim)});
  }
}

void AddGqa(const SubtreeScope& scope) {
  const ArchFacts& facts = scope.facts;
  const GqaDims& g = facts.gqa;
  int64_t count = scope.count();
  int64_t rope = RopeLayers(scope);
  int64_t q_width = (facts.traits.output_gate ? 2 : 1) * g.q_heads * g.head_dim;
  scope.sink.Block("self_attn", count, scope.parent);
  scope.sink.Layer("qkv_proj", count, "self_attn",
                   {GemmName(q_width + 2 * g.kv_heads * g.head_dim, facts.hidden)});
  AddQkNorm(scope, rope);
  AddRotary(scope, rope, g.head_dim);
  if (facts.attention_unmapped.empty()) {
    scope.sink.Layer("attn", count, "self_attn", GqaNames(g, scope.parallel));
  } else {
    scope.sink.UnmappedLayer("attn", count, "self_attn", facts.attention_unmapped);
  }
  scope.sink.Layer("o_proj", count, "self_attn", {GemmName(facts.hidden, g.q_heads * g.head_dim)});
}

void AddMla(const SubtreeScope& scope) {
  const ArchFacts& facts = scope.facts;
  const MlaDims& m = facts.mla;
  int64_t h = facts.hidden, count = scope.count();
  TreeSink& sink = scope.sink;
  sink.Block("self_attn", count, scope.parent);
  if (m.q_lora > 0) {
    sink.Layer("fused_qkv_a_proj_with_mqa", count, "self_attn",
               {GemmName(m.q_lora + m.kv_lora + m.rope, h)});
    sink.Layer("q_a_layernorm", count, "self_attn", {RmsNormName(m.q_lora)});
    sink.Layer("q_b_proj", count, "self_attn", {GemmName(m.q_heads * (m.nope + m.rope), m.q_lora)});
  } else {
    sink.Layer("q_proj", count, "self_attn", {GemmName(m.q_heads * (m.nope + m.rope), h)});
    sink.Layer("kv_a_proj_with_mqa", count, "self_attn", {GemmName(m.kv_lora + m.rope, h)});
  }
  sink.Layer("kv_a_layernorm", count, "self_attn", {RmsNormName(m.kv_lora)});
  sink.Layer("kv_b_proj", count, "self_attn", {GemmName(m.q_heads * (m.nope + m.v), m.kv_lora)});
  sink.Layer("rotary_emb", count, "self_attn", {});
  if (facts.attention == AttentionKind::kDsa) {
    sink.Layer("indexer", count, "self_attn", {DsaIndexerName(facts.dsa)});
    sink.Layer("attn_dsa", count, "self_attn", DsaSparseNames(m, facts.dsa, scope.parallel));
  } else {
    sink.Layer("attn_mla", count, "self_attn", MlaNames(m, scope.parallel));
  }
  sink.Layer("o_proj", count, "self_attn", {GemmName(h, m.q_heads * m.v)});
}

}  // namespace

void AddAttention(const SubtreeScope& scope) {
  if (scope.facts.attention == AttentionKind::kGqa) return AddGqa(scope);
  AddMla(scope);
}

void AddGatedDeltaNet(const SubtreeScope& scope) {
  const GdnDims& g = *scope.facts.gdn;
  int64_t h = scope.facts.hidden, count = scope.count();
  TreeSink& sink = scope.sink;
  sink.Block("linear_attn", count, scope.parent);
  // Qwen3.5 checkpoints split these into in_proj_qkv / _z / _b / _a; runtimes fuse them
  // back into Qwen3-Next's two projections, which is the GEMM that runs.
  sink.Layer("in_proj_qkvz", count, "linear_attn",
             {GemmName(2 * g.key_heads * g.key_dim + 2 * g.value_heads * g.value_dim, h)});
  sink.Layer("in_proj_ba", count, "linear_attn", {GemmName(2 * g.value_heads, h)});
  sink.Layer("conv1d", count, "linear_attn", {});
  sink.Layer("attn_gdn", count, "linear_attn", GdnNames(g, scope.parallel));
  sink.Layer("norm", count, "linear_attn", {});
  sink.Layer("out_proj", count, "linear_attn", {GemmName(h, g.value_heads * g.value_dim)});
}

void AddMamba2(const SubtreeScope& scope) {
  const MambaDims& m = *scope.facts.mamba;
  int64_t count = scope.count();
  TreeSink& sink = scope.sink;
  sink.Block("mixer", count, scope.parent);
  sink.Layer("in_proj", count, "mixer", {});
  sink.Layer("conv1d", count, "mixer", {});
  sink.Layer("mamba_ssu", count, "mixer", MambaNames(m, scope.parallel));
  sink.Layer("norm", count, "mixer", {});
  sink.Layer("out_proj", count, "mixer", {GemmName(scope.facts.hidden, m.heads * m.head_dim)});
}

void AddMamba1(const SubtreeScope& scope) {
  const Mamba1Dims& m = *scope.facts.mamba1;
  int64_t count = scope.count();
  TreeSink& sink = scope.sink;
  sink.Block("mixer", count, scope.parent);
  sink.Layer("in_proj", count, "mixer", {});
  sink.Layer("conv1d", count, "mixer", {});
  sink.Layer("x_proj", count, "mixer", {});
  sink.Layer("dt_proj", count, "mixer", {});
  sink.UnmappedLayer("mamba_scan", count, "mixer",
                     "the Mamba1 selective scan (a per-channel state; mamba_ssu is Mamba2's "
                     "per-head form)");
  sink.Layer("out_proj", count, "mixer", {GemmName(scope.facts.hidden, m.inner)});
}

void AddLightningAttention(const SubtreeScope& scope) {
  const ArchFacts& facts = scope.facts;
  int64_t width = facts.gqa.q_heads * facts.gqa.head_dim, h = facts.hidden, count = scope.count();
  TreeSink& sink = scope.sink;
  sink.Block("self_attn", count, scope.parent);
  sink.Layer("qkv_proj", count, "self_attn", {GemmName(3 * width, h)});
  sink.Layer("output_gate", count, "self_attn", {GemmName(width, h)});
  sink.UnmappedLayer("attn", count, "self_attn",
                     "lightning attention (linear attention with per-head decay)");
  sink.Layer("norm", count, "self_attn", {RmsNormName(width)});
  sink.Layer("out_proj", count, "self_attn", {GemmName(h, width)});
}

void AddShortConv(const SubtreeScope& scope) {
  int64_t width = scope.facts.short_conv_dim, h = scope.facts.hidden, count = scope.count();
  TreeSink& sink = scope.sink;
  sink.Block("conv", count, scope.parent);
  sink.Layer("in_proj", count, "conv", {GemmName(3 * width, h)});
  sink.Layer("conv1d", count, "conv", {});
  sink.Layer("out_proj", count, "conv", {GemmName(h, width)});
}

}  // namespace fib
