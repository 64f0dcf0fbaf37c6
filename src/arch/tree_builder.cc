#include "arch/tree_builder.h"

#include <algorithm>

#include "arch/subtrees.h"
#include "arch/tree_sink.h"
#include "naming/definition_names.h"

namespace fib {

namespace {

using Names = std::vector<std::string>;

// A group of layers that share one subtree (spec §3.3); one group for non-hybrid models.
struct Variant {
  std::string name;  // "" when the model has a single variant
  std::vector<size_t> layers;
  LayerKind kind;  // the mixer and whether there is a feed-forward
};

std::string VariantName(const ArchFacts& facts, const LayerKind& kind) {
  if (facts.gdn) return kind.mixer == Mixer::kGdn ? "GDN" : "Attention";
  if (kind.mixer == Mixer::kLinearAttention) return "Linear";
  if (kind.mixer == Mixer::kShortConv) return "ShortConv";
  if (kind.mixer == Mixer::kMamba2 || kind.mixer == Mixer::kMamba1) return "Mamba";
  if (kind.mixer == Mixer::kAttention) return "Attention";
  return kind.ffn == Ffn::kMoe ? "MoE" : "MLP";
}

std::vector<Variant> Variants(const ArchFacts& facts) {
  std::vector<Variant> variants;
  for (size_t i = 0; i < facts.layer_kinds.size(); ++i) {
    const LayerKind& kind = facts.layer_kinds[i];
    std::string name = facts.hybrid ? VariantName(facts, kind) : "";
    auto it = std::find_if(variants.begin(), variants.end(),
                           [&](const Variant& v) { return v.name == name; });
    if (it == variants.end()) it = variants.insert(variants.end(), Variant{name, {}, kind});
    it->layers.push_back(i);
  }
  return variants;
}

std::string BaseName(const std::string& root) {
  for (const std::string suffix : {"ForCausalLM", "ForConditionalGeneration"}) {
    if (root.size() > suffix.size() &&
        root.compare(root.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return root.substr(0, root.size() - suffix.size());
    }
  }
  return root;
}

class Builder {
 public:
  Builder(const ArchFacts& facts, const TreeOptions& options)
      : facts_(facts), options_(options), model_(BaseName(facts.root) + "Model") {}

  ModuleTree Build() {
    sink_.Root(facts_.root);
    sink_.Block(model_, 1, facts_.root);
    sink_.Layer("embed_tokens", 1, model_, {});
    sink_.Block("layers", facts_.layers, model_);
    for (const Variant& variant : Variants(facts_)) AddVariant(variant);
    AddNorm("norm", 1, model_, FinalNorm());
    sink_.Layer("lm_head", 1, facts_.root, {});
    if (options_.sampling && facts_.vocab > 0) {
      sink_.Layer("sampler", 1, facts_.root, SamplingNames(facts_.vocab));
    }
    return {sink_.TakeModules(), sink_.unmapped()};
  }

 private:
  enum class NormUse { kFirstInput, kFusedAdd, kPlain };

  // A norm leaf: its Definitions by kind and use, or unmapped for LayerNorm.
  void AddNorm(const std::string& key, int64_t count, const std::string& parent, NormUse use) {
    if (facts_.traits.norm == NormKind::kLayerNorm) {
      sink_.UnmappedLayer(key, count, parent, "LayerNorm");
      return;
    }
    int64_t h = facts_.hidden;
    Names names = use == NormUse::kPlain      ? Names{RmsNormName(h)}
                  : use == NormUse::kFusedAdd ? Names{FusedAddRmsNormName(h)}
                                              : Names{RmsNormName(h), FusedAddRmsNormName(h)};
    sink_.Layer(key, count, parent, std::move(names));
  }

  // Post-norm models normalise the last layer's output before the residual add: the final
  // norm reads the summed stream itself, with no add of its own.
  NormUse FinalNorm() const {
    NormPlacement p = facts_.traits.placement;
    return p == NormPlacement::kPost || p == NormPlacement::kPreUnfused ? NormUse::kPlain
                                                                        : NormUse::kFusedAdd;
  }

  void AddVariant(const Variant& variant) {
    std::string block =
        BaseName(facts_.root) + "DecoderLayer" + (variant.name.empty() ? "" : "_" + variant.name);
    sink_.OpenVariant(variant.name, {facts_.root, "layers", model_, block});
    SubtreeScope scope{facts_, options_.parallel, sink_, block, variant.layers};
    int64_t count = scope.count();
    sink_.Block(block, count, "layers");
    bool first = std::find(variant.layers.begin(), variant.layers.end(), 0) != variant.layers.end();
    NormUse input = first ? NormUse::kFirstInput : NormUse::kFusedAdd;
    bool has_mixer = variant.kind.mixer != Mixer::kNone;
    bool has_ffn = variant.kind.ffn != Ffn::kNone;
    AddInputNorms(block, count, input, has_mixer && has_ffn);
    if (has_mixer) AddMixers(scope, variant.kind);
    if (has_mixer && has_ffn) AddMiddleNorms(block, count);
    if (has_ffn) AddFeedForward(scope);
    if (has_ffn && HasPostFeedForwardNorm()) {
      AddNorm("post_feedforward_layernorm", count, block, NormUse::kPlain);
    }
    sink_.CloseVariant();
  }

  bool HasPostFeedForwardNorm() const {
    NormPlacement p = facts_.traits.placement;
    return p == NormPlacement::kSandwich || p == NormPlacement::kPost;
  }

  // Norms read before the mixer: none in post-norm layers; two for parallel blocks that
  // give attention and MLP an input norm each.
  void AddInputNorms(const std::string& block, int64_t count, NormUse input, bool both) {
    switch (facts_.traits.placement) {
      case NormPlacement::kPost:
        return;
      case NormPlacement::kParallelTwoNorms:
        AddNorm(facts_.traits.parallel_norm_keys[0], count, block, input);
        if (both) AddNorm(facts_.traits.parallel_norm_keys[1], count, block, NormUse::kPlain);
        return;
      case NormPlacement::kPreUnfused:
        return AddNorm("input_layernorm", count, block, NormUse::kPlain);
      default:
        AddNorm("input_layernorm", count, block, input);
    }
  }

  // Norms between the mixer and the feed-forward.
  void AddMiddleNorms(const std::string& block, int64_t count) {
    switch (facts_.traits.placement) {
      case NormPlacement::kPre:
        return AddNorm("post_attention_layernorm", count, block, NormUse::kFusedAdd);
      case NormPlacement::kPreUnfused:
        return AddNorm("post_attention_layernorm", count, block, NormUse::kPlain);
      case NormPlacement::kSandwich:
        AddNorm("post_attention_layernorm", count, block, NormUse::kPlain);
        return AddNorm("pre_feedforward_layernorm", count, block, NormUse::kFusedAdd);
      case NormPlacement::kPost:
        return AddNorm("post_attention_layernorm", count, block, NormUse::kPlain);
      case NormPlacement::kParallel:
      case NormPlacement::kParallelTwoNorms:
        return;
    }
  }

  void AddMixers(const SubtreeScope& scope, const LayerKind& kind) {
    switch (kind.mixer) {
      case Mixer::kAttention:
        AddAttention(scope);
        break;
      case Mixer::kGdn:
        return AddGatedDeltaNet(scope);
      case Mixer::kMamba2:
        return AddMamba2(scope);
      case Mixer::kMamba1:
        return AddMamba1(scope);
      case Mixer::kLinearAttention:
        return AddLightningAttention(scope);
      case Mixer::kShortConv:
        return AddShortConv(scope);
      case Mixer::kNone:
        return;
    }
    if (!kind.parallel_mamba) return;
    // Falcon-H1: the Mamba2 mixer beside the attention; its keys take the "mamba" suffix so
    // they do not collide with the model's own (its `norm`).
    std::string variant = sink_.variant();
    sink_.OpenVariant("Mamba", {facts_.root, "layers", model_, scope.parent});
    AddMamba2(scope);
    sink_.OpenVariant(variant, {facts_.root, "layers", model_, scope.parent});
  }

  const ArchFacts& facts_;
  const TreeOptions& options_;
  std::string model_;
  TreeSink sink_;
};

}  // namespace

ModuleTree BuildModuleTree(const ArchFacts& facts, const TreeOptions& options) {
  return Builder(facts, options).Build();
}

}  // namespace fib
