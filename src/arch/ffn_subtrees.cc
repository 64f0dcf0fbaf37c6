// Feed-forward subtrees (spec §3.2): the dense MLP and the MoE block.
#include <algorithm>

#include "arch/moe_definition.h"
#include "arch/subtrees.h"
#include "naming/definition_names.h"

namespace fib {

namespace {

// Gated: one fused gate_up GEMM; non-gated: the family's two linears (fc1/fc2, ...).
void AddMlpLeaves(const SubtreeScope& scope, int64_t count, const std::string& parent, int64_t size,
                  const std::string& suffix) {
  const ArchFacts& facts = scope.facts;
  int64_t h = facts.hidden;
  TreeSink& sink = scope.sink;
  bool gated = facts.traits.mlp == MlpKind::kGated;
  std::string up = gated ? "gate_up_proj" : std::string(facts.traits.mlp_keys[0]);
  std::string down = gated ? "down_proj" : std::string(facts.traits.mlp_keys[1]);
  if (!suffix.empty()) {  // shared experts keep the spec's names, with the role suffix
    up = gated ? "gate_up_proj" : "up_proj";
    down = "down_proj";
  }
  sink.Layer(up + suffix, count, parent, {GemmName((gated ? 2 : 1) * size, h)});
  sink.Layer("act_fn" + suffix, count, parent, {});
  sink.Layer(down + suffix, count, parent, {GemmName(h, size)});
}

void AddMoeLeaves(const SubtreeScope& scope, int64_t count, const std::string& parent) {
  const ArchFacts& facts = scope.facts;
  const MoeFacts& moe = *facts.moe;
  int64_t h = facts.hidden;
  TreeSink& sink = scope.sink;
  MoeDefinition definition = MoeDefinitionOf(moe, h);
  sink.Layer("moe_gate", count, parent, {GemmName(moe.experts, h)});
  if (definition.shape) {
    sink.Layer("moe_topk", count, parent, MoeNames(*definition.shape, scope.parallel));
  } else {
    sink.UnmappedLayer("moe_topk", count, parent, definition.unmapped);
  }
  if (moe.latent > 0) sink.Layer("fc1_latent_proj", count, parent, {GemmName(moe.latent, h)});
  if (definition.shape) {
    sink.Layer("moe_experts", count, parent, MoeNames(*definition.shape, scope.parallel));
  } else {
    sink.UnmappedLayer("moe_experts", count, parent, definition.unmapped);
  }
  if (moe.latent > 0) sink.Layer("fc2_latent_proj", count, parent, {GemmName(h, moe.latent)});
  if (moe.shared_intermediate == 0) return;
  sink.Block("shared_experts", count, parent);
  AddMlpLeaves(scope, count, "shared_experts", moe.shared_intermediate, "_shared");
}

int64_t CountFfn(const SubtreeScope& scope, Ffn ffn) {
  return std::count_if(scope.layers.begin(), scope.layers.end(),
                       [&](size_t i) { return scope.facts.layer_kinds[i].ffn == ffn; });
}

}  // namespace

void AddFeedForward(const SubtreeScope& scope) {
  int64_t moe = CountFfn(scope, Ffn::kMoe);
  int64_t dense = CountFfn(scope, Ffn::kDense);
  int64_t size = scope.facts.dense_intermediate;
  scope.sink.Block("mlp", scope.count(), scope.parent);
  if (moe > 0 && dense > 0) {
    scope.sink.Block("mlp_dense", dense, "mlp");
    AddMlpLeaves(scope, dense, "mlp_dense", size, "");
    scope.sink.Block("moe", moe, "mlp");
    AddMoeLeaves(scope, moe, "moe");
  } else if (moe > 0) {
    AddMoeLeaves(scope, moe, "mlp");
  } else {
    AddMlpLeaves(scope, dense, "mlp", size, "");
  }
}

}  // namespace fib
