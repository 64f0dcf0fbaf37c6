#include "arch/moe_definition.h"

namespace fib {

namespace {

bool IsSilu(const std::string& activation) {
  return activation == "silu" || activation == "swish" || activation == "swiglu";
}

// The experts' computation, when it is not the Definitions' act(gate)·up → down with SiLU.
std::string UnmappedExperts(const MoeFacts& moe) {
  switch (moe.expert_kind) {
    case ExpertKind::kNonGatedRelu2:
      return "non-gated " + moe.activation + " experts";
    case ExpertKind::kClampedSwiglu:
      return "gpt-oss experts (clamped SwiGLU with alpha 1.702, (up + 1) and biases)";
    case ExpertKind::kGated:
      return IsSilu(moe.activation) ? "" : "gated experts with " + moe.activation + " activation";
  }
  return "";
}

// The routing family, or what the router does that none computes.
std::optional<MoeRouting> Routing(const MoeFacts& moe, std::string& unmapped) {
  switch (moe.scoring) {
    case Scoring::kLlama4:
      return MoeRouting::kLlama4;
    case Scoring::kSigmoidBias:
      if (moe.renormalise) return MoeRouting::kDeepSeek;
      unmapped = "sigmoid routing without top-k renormalisation (norm_topk_prob false)";
      return std::nullopt;
    case Scoring::kSparseMixer:
      unmapped = "sparsemixer routing";
      return std::nullopt;
    case Scoring::kSoftmaxBiasPick:
      unmapped = "softmax routing whose correction bias only picks the experts";
      return std::nullopt;
    case Scoring::kDeepSeekV2:
      if (moe.topk_method == "group_limited_greedy") {
        unmapped = "group-limited greedy softmax routing (topk_method group_limited_greedy)";
        return std::nullopt;
      }
      return MoeRouting::kDefault;
    case Scoring::kSoftmax:
      if (moe.renormalise) return MoeRouting::kRenorm;
      if (moe.groups > 1) {
        unmapped = "group-limited softmax routing (n_group " + std::to_string(moe.groups) + ")";
        return std::nullopt;
      }
      return MoeRouting::kDefault;
  }
  return std::nullopt;
}

}  // namespace

MoeDefinition MoeDefinitionOf(const MoeFacts& moe, int64_t hidden) {
  MoeDefinition definition;
  definition.unmapped = UnmappedExperts(moe);
  if (definition.unmapped.empty()) definition.unmapped = moe.routing_unmapped;
  if (!definition.unmapped.empty()) return definition;
  std::optional<MoeRouting> routing = Routing(moe, definition.unmapped);
  if (!routing) return definition;
  MoeShape shape;
  shape.experts = moe.experts;
  shape.top_k = moe.top_k;
  shape.hidden = moe.latent > 0 ? moe.latent : hidden;
  shape.intermediate = moe.intermediate;
  shape.routing = *routing;
  shape.groups = moe.groups;
  shape.topk_groups = moe.topk_groups;
  shape.weights = moe.weights;
  definition.shape = shape;
  return definition;
}

}  // namespace fib
