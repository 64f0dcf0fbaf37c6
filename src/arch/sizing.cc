#include "arch/sizing.h"

#include "arch/parallelism_check.h"

namespace fib {

namespace {

constexpr double kParametersPerGpu = 40e9;

double AttentionParameters(const ArchFacts& f) {
  double h = static_cast<double>(f.hidden);
  if (f.attention == AttentionKind::kGqa) {
    const GqaDims& g = f.gqa;
    return h * static_cast<double>((2 * g.q_heads + 2 * g.kv_heads) * g.head_dim);
  }
  const MlaDims& m = f.mla;
  double q = m.q_lora > 0
                 ? h * m.q_lora + static_cast<double>(m.q_lora * m.q_heads * (m.nope + m.rope))
                 : h * static_cast<double>(m.q_heads * (m.nope + m.rope));
  return q + h * static_cast<double>(m.kv_lora + m.rope) +
         static_cast<double>(m.kv_lora * m.q_heads * (m.nope + m.v)) +
         h * static_cast<double>(m.q_heads * m.v);
}

// The projections of each mixer kind (convolutions and norms are negligible).
double MixerParameters(const ArchFacts& f, Mixer mixer) {
  double h = static_cast<double>(f.hidden);
  if (mixer == Mixer::kAttention) return AttentionParameters(f);
  if (mixer == Mixer::kGdn && f.gdn) {
    const GdnDims& g = *f.gdn;
    double value = static_cast<double>(g.value_heads * g.value_dim);
    return h * (2.0 * static_cast<double>(g.key_heads * g.key_dim) + 2 * value +
                2.0 * static_cast<double>(g.value_heads)) +
           value * h;
  }
  if (mixer == Mixer::kMamba2 && f.mamba) {
    const MambaDims& m = *f.mamba;
    double inner = static_cast<double>(m.heads * m.head_dim);
    return h * (2 * inner + 2.0 * static_cast<double>(m.groups * m.state) +
                static_cast<double>(m.heads)) +
           inner * h;
  }
  if (mixer == Mixer::kLinearAttention) {
    return 5 * h * static_cast<double>(f.gqa.q_heads * f.gqa.head_dim);  // qkv, gate, out
  }
  if (mixer == Mixer::kShortConv) return 4 * h * static_cast<double>(f.short_conv_dim);
  if (mixer == Mixer::kMamba1 && f.mamba1) {
    return 3 * h * static_cast<double>(f.mamba1->inner);  // in_proj (2×) and out_proj
  }
  return 0;
}

double FeedForwardParameters(const ArchFacts& f, Ffn ffn) {
  double h = static_cast<double>(f.hidden);
  double matrices = f.traits.mlp == MlpKind::kGated ? 3 : 2;
  if (ffn == Ffn::kDense) return matrices * h * static_cast<double>(f.dense_intermediate);
  if (ffn == Ffn::kNone || !f.moe) return 0;
  const MoeFacts& m = *f.moe;
  double width = m.latent > 0 ? static_cast<double>(m.latent) : h;
  return 3 * width * static_cast<double>(m.experts * m.intermediate) +
         3 * h * static_cast<double>(m.shared_intermediate);
}

}  // namespace

double EstimateParameters(const ArchFacts& facts) {
  double total = 2.0 * static_cast<double>(facts.vocab) * static_cast<double>(facts.hidden);
  for (const LayerKind& kind : facts.layer_kinds) {
    total += MixerParameters(facts, kind.mixer);
    if (kind.parallel_mamba) total += MixerParameters(facts, Mixer::kMamba2);
    total += FeedForwardParameters(facts, kind.ffn);
  }
  return total;
}

Parallelism SuggestParallelism(const ArchFacts& facts) {
  double parameters = EstimateParameters(facts);
  Parallelism best;
  for (int64_t tp : {1, 2, 4, 8}) {
    Parallelism candidate;
    candidate.tp = {tp};
    candidate.ep = facts.moe && facts.moe->experts % tp == 0 ? tp : 1;
    if (!CheckParallelism(facts, candidate, "").ok()) continue;
    best = candidate;
    if (parameters / static_cast<double>(tp) <= kParametersPerGpu) break;
  }
  return best;
}

}  // namespace fib
