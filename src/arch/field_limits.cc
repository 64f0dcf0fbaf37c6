#include "arch/field_limits.h"

#include "base/limits.h"

namespace fib {

CountLimit LimitFor(const std::string& name) {
  // Field names vary by family (num_hidden_layers, n_layer, num_local_experts, n_head, ...);
  // the kind of count is in the name.
  auto has = [&](const char* word) { return name.find(word) != std::string::npos; };
  if (has("layer") && !has("_per_layer") && !has("interval") && !has("period") && !has("step")) {
    return {kMaxLayers, "layers"};
  }
  if (has("expert") && !has("size") && !has("dim")) return {kMaxExperts, "experts"};
  if (has("head") && !has("dim") && !has("size")) return {kMaxHeads, "heads"};
  return {kMaxDimension, "for a size"};
}

}  // namespace fib
