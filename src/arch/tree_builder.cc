#include "arch/tree_builder.h"

#include <algorithm>
#include <cctype>

namespace fib {

namespace {

using Names = std::vector<std::string>;

// A group of layers that share one subtree (spec §3.3); one group for non-hybrid models.
struct Variant {
  std::string name;  // "" when the model has a single variant
  std::vector<size_t> layers;
  Mixer mixer = Mixer::kAttention;
  bool has_ffn = true;
};

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string VariantName(const ArchFacts& facts, const LayerKind& kind) {
  if (facts.gdn) return kind.mixer == Mixer::kGdn ? "GDN" : "Attention";
  if (kind.mixer == Mixer::kMamba) return "Mamba";
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
    if (it == variants.end()) {
      variants.push_back({name, {}, kind.mixer, kind.ffn != Ffn::kNone});
      it = variants.end() - 1;
    }
    it->layers.push_back(i);
  }
  return variants;
}

std::string BaseName(const std::string& root) {
  for (const char* suffix : {"ForCausalLM", "ForConditionalGeneration"}) {
    std::string s(suffix);
    if (root.size() > s.size() && root.compare(root.size() - s.size(), s.size(), s) == 0) {
      return root.substr(0, root.size() - s.size());
    }
  }
  return root;
}

class Builder {
 public:
  Builder(const ArchFacts& facts, const TreeOptions& options)
      : facts_(facts), parallel_(options.parallel), sampling_(options.sampling) {}

  std::vector<Module> Build() {
    std::string base = BaseName(facts_.root);
    std::string model = base + "Model";
    AddRoot();
    Block(model, 1, facts_.root);
    Layer("embed_tokens", 1, model, {});
    Block("layers", facts_.layers, model);
    for (const Variant& variant : Variants(facts_)) AddVariant(variant, base);
    Layer("norm", 1, model, {FusedAddRmsNormName(facts_.hidden)});
    Layer("lm_head", 1, facts_.root, {});
    if (sampling_ && facts_.vocab > 0)
      Layer("sampler", 1, facts_.root, SamplingNames(facts_.vocab));
    return std::move(modules_);
  }

 private:
  // The root is a block like any other: `definitions: []` (as in the seed example).
  void AddRoot() {
    Module root;
    root.key = facts_.root;
    root.count = 1;
    root.type = "block";
    root.definitions = std::vector<std::string>{};
    modules_.push_back(root);
  }

  void Add(const std::string& key, int64_t count, const std::string& parent, const char* type,
           Names definitions) {
    Module module;
    module.key = Key(key);
    module.count = count;
    module.parent = Key(parent);
    module.type = type;
    module.definitions = std::move(definitions);
    modules_.push_back(std::move(module));
  }

  void Block(const std::string& key, int64_t count, const std::string& parent) {
    Add(key, count, parent, "block", {});
  }
  void Layer(const std::string& key, int64_t count, const std::string& parent, Names names) {
    Add(key, count, parent, "layer", std::move(names));
  }

  bool IsModelKey(const std::string& key) const { return key == BaseName(facts_.root) + "Model"; }
  std::string Key(const std::string& key) const {
    if (variant_.empty() || key == facts_.root || key == "layers" || IsModelKey(key) ||
        key == variant_block_) {
      return key;
    }
    return VariantKey(key, Lower(variant_));
  }

  int64_t Count(const std::vector<size_t>& layers, bool (*predicate)(const LayerKind&)) const {
    return std::count_if(layers.begin(), layers.end(),
                         [&](size_t i) { return predicate(facts_.layer_kinds[i]); });
  }

  void AddVariant(const Variant& variant, const std::string& base) {
    variant_ = variant.name;
    variant_block_ = base + "DecoderLayer" + (variant.name.empty() ? "" : "_" + variant.name);
    int64_t count = static_cast<int64_t>(variant.layers.size());
    Block(variant_block_, count, "layers");
    bool first = std::find(variant.layers.begin(), variant.layers.end(), 0) != variant.layers.end();
    Names input = first ? Names{RmsNormName(facts_.hidden), FusedAddRmsNormName(facts_.hidden)}
                        : Names{FusedAddRmsNormName(facts_.hidden)};
    Layer("input_layernorm", count, variant_block_, input);
    AddMixer(variant, count);
    if (variant.mixer != Mixer::kNone && variant.has_ffn) {
      Layer("post_attention_layernorm", count, variant_block_,
            {FusedAddRmsNormName(facts_.hidden)});
    }
    if (variant.has_ffn) AddFeedForward(variant.layers, count);
    variant_.clear();
  }

  void AddMixer(const Variant& variant, int64_t count) {
    int64_t rope = Count(variant.layers, [](const LayerKind& k) { return k.rope; });
    switch (variant.mixer) {
      case Mixer::kAttention:
        if (facts_.attention == AttentionKind::kGqa) return AddGqa(count, rope);
        return AddMla(count);
      case Mixer::kGdn:
        return AddGdn(count);
      case Mixer::kMamba:
        return AddMamba(count);
      case Mixer::kNone:
        return;
    }
  }

  void AddGqa(int64_t count, int64_t rope) {
    const GqaDims& g = facts_.gqa;
    int64_t q_width = (g.output_gate ? 2 : 1) * g.q_heads * g.head_dim;
    Block("self_attn", count, variant_block_);
    Layer("qkv_proj", count, "self_attn",
          {GemmName(q_width + 2 * g.kv_heads * g.head_dim, facts_.hidden)});
    if (facts_.qk_norm != QkNorm::kNone) {
      bool per_head = facts_.qk_norm == QkNorm::kPerHead;
      // Llama 4 normalises q and k only in its RoPE layers.
      int64_t norm_count = per_head || facts_.model_type.rfind("llama4", 0) != 0 ? count : rope;
      Names names = per_head ? Names{RmsNormName(g.head_dim)} : Names{};
      if (norm_count > 0) {
        Layer("q_norm", norm_count, "self_attn", names);
        Layer("k_norm", norm_count, "self_attn", names);
      }
    }
    if (rope > 0) {
      Layer("rotary_emb", rope, "self_attn",
            facts_.rotary_dim > 0 ? Names{RopeName(g.head_dim, facts_.rotary_dim)} : Names{});
    }
    Layer("attn", count, "self_attn", GqaNames(g, parallel_));
    Layer("o_proj", count, "self_attn", {GemmName(facts_.hidden, g.q_heads * g.head_dim)});
  }

  void AddMla(int64_t count) {
    const MlaDims& m = facts_.mla;
    int64_t h = facts_.hidden;
    Block("self_attn", count, variant_block_);
    if (m.q_lora > 0) {
      Layer("fused_qkv_a_proj_with_mqa", count, "self_attn",
            {GemmName(m.q_lora + m.kv_lora + m.rope, h)});
      Layer("q_a_layernorm", count, "self_attn", {RmsNormName(m.q_lora)});
      Layer("q_b_proj", count, "self_attn", {GemmName(m.q_heads * (m.nope + m.rope), m.q_lora)});
    } else {
      Layer("q_proj", count, "self_attn", {GemmName(m.q_heads * (m.nope + m.rope), h)});
      Layer("kv_a_proj_with_mqa", count, "self_attn", {GemmName(m.kv_lora + m.rope, h)});
    }
    Layer("kv_a_layernorm", count, "self_attn", {RmsNormName(m.kv_lora)});
    Layer("kv_b_proj", count, "self_attn", {GemmName(m.q_heads * (m.nope + m.v), m.kv_lora)});
    Layer("rotary_emb", count, "self_attn", {});
    if (facts_.attention == AttentionKind::kDsa) {
      Layer("indexer", count, "self_attn", {DsaIndexerName(facts_.dsa)});
      Layer("attn_dsa", count, "self_attn", DsaSparseNames(m, facts_.dsa, parallel_));
    } else {
      Layer("attn_mla", count, "self_attn", MlaNames(m, parallel_));
    }
    Layer("o_proj", count, "self_attn", {GemmName(h, m.q_heads * m.v)});
  }

  void AddGdn(int64_t count) {
    const GdnDims& g = *facts_.gdn;
    int64_t h = facts_.hidden;
    Block("linear_attn", count, variant_block_);
    Layer("in_proj_qkvz", count, "linear_attn",
          {GemmName(2 * g.key_heads * g.key_dim + 2 * g.value_heads * g.value_dim, h)});
    Layer("in_proj_ba", count, "linear_attn", {GemmName(2 * g.value_heads, h)});
    Layer("conv1d", count, "linear_attn", {});
    Layer("attn_gdn", count, "linear_attn", GdnNames(g, parallel_));
    Layer("norm", count, "linear_attn", {});
    Layer("out_proj", count, "linear_attn", {GemmName(h, g.value_heads * g.value_dim)});
  }

  void AddMamba(int64_t count) {
    const MambaDims& m = *facts_.mamba;
    Block("mixer", count, variant_block_);
    Layer("in_proj", count, "mixer", {});
    Layer("conv1d", count, "mixer", {});
    Layer("mamba_ssu", count, "mixer", MambaNames(m, parallel_));
    Layer("norm", count, "mixer", {});
    Layer("out_proj", count, "mixer", {GemmName(facts_.hidden, m.heads * m.head_dim)});
  }

  void AddFeedForward(const std::vector<size_t>& layers, int64_t count) {
    int64_t moe = Count(layers, [](const LayerKind& k) { return k.ffn == Ffn::kMoe; });
    int64_t dense = Count(layers, [](const LayerKind& k) { return k.ffn == Ffn::kDense; });
    Block("mlp", count, variant_block_);
    if (moe > 0 && dense > 0) {
      Block("mlp_dense", dense, "mlp");
      AddDenseLeaves(dense, "mlp_dense");
      Block("moe", moe, "mlp");
      AddMoeLeaves(moe, "moe");
    } else if (moe > 0) {
      AddMoeLeaves(moe, "mlp");
    } else {
      AddDenseLeaves(dense, "mlp");
    }
  }

  void AddDenseLeaves(int64_t count, const std::string& parent) {
    int64_t h = facts_.hidden, i = facts_.dense_intermediate;
    if (facts_.gated_mlp) {
      Layer("gate_up_proj", count, parent, {GemmName(2 * i, h)});
    } else {
      Layer("up_proj", count, parent, {GemmName(i, h)});
    }
    Layer("act_fn", count, parent, {});
    Layer("down_proj", count, parent, {GemmName(h, i)});
  }

  void AddMoeLeaves(int64_t count, const std::string& parent) {
    const MoeDims& moe = *facts_.moe;
    int64_t h = facts_.hidden;
    Names names = MoeNames(moe, h, parallel_);
    Layer("moe_gate", count, parent, {GemmName(moe.experts, h)});
    Layer("moe_topk", count, parent, names);
    Layer("moe_experts", count, parent, names);
    if (moe.shared_intermediate == 0) return;
    int64_t s = moe.shared_intermediate;
    Block("shared_experts", count, parent);
    Layer("gate_up_proj_shared", count, "shared_experts", {GemmName(2 * s, h)});
    Layer("act_fn_shared", count, "shared_experts", {});
    Layer("down_proj_shared", count, "shared_experts", {GemmName(h, s)});
  }

  const ArchFacts& facts_;
  const Parallelism& parallel_;
  bool sampling_;
  std::string variant_;
  std::string variant_block_;
  std::vector<Module> modules_;
};

}  // namespace

std::string VariantKey(const std::string& key, const std::string& variant) {
  std::string suffix = "_" + variant;
  bool ends = key.size() >= suffix.size() &&
              key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
  bool starts = key.rfind(variant + "_", 0) == 0;
  return key == variant || ends || starts ? key : key + suffix;
}

std::vector<Module> BuildModuleTree(const ArchFacts& facts, const TreeOptions& options) {
  return Builder(facts, options).Build();
}

}  // namespace fib
