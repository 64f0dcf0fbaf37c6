#include "arch/identity.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace fib {

namespace {

std::string Join(const std::vector<int64_t>& values, const char* separator) {
  std::string out;
  for (int64_t value : values) out += (out.empty() ? "" : separator) + std::to_string(value);
  return out;
}

int64_t CountLayers(const ArchFacts& facts, bool (*predicate)(const LayerKind&)) {
  return std::count_if(facts.layer_kinds.begin(), facts.layer_kinds.end(), predicate);
}

// Brand spellings that capitalising the first letter would get wrong.
const std::map<std::string, std::string>& Brands() {
  static const std::map<std::string, std::string> brands = {
      {"deepseek", "DeepSeek"}, {"minimax", "MiniMax"}, {"gpt", "GPT"},          {"oss", "OSS"},
      {"glm", "GLM"},           {"moe", "MoE"},         {"nemotron", "Nemotron"}};
  return brands;
}

// "8b" → "8B", "a3b" → "A3B", "v3" → "V3", "8x7b" → "8x7B", "qwen3" → "Qwen3".
std::string Word(const std::string& word) {
  if (auto it = Brands().find(word); it != Brands().end()) return it->second;
  bool has_digit = std::any_of(word.begin(), word.end(), ::isdigit);
  std::string out = word;
  bool short_code =
      has_digit && (word.size() <= 4 || std::isdigit(static_cast<unsigned char>(word[0])));
  if (short_code && std::isdigit(static_cast<unsigned char>(word[0]))) {
    char last = word.back();
    if (std::isalpha(static_cast<unsigned char>(last)))
      out.back() = static_cast<char>(std::toupper(last));
    return out;
  }
  if (short_code) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  }
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string AttentionSummary(const ArchFacts& facts) {
  if (facts.attention != AttentionKind::kGqa) {
    std::string kind =
        facts.attention == AttentionKind::kDsa
            ? "DSA (MLA with sparse top-" + std::to_string(facts.dsa.index_topk) + ")"
            : "MLA";
    return kind + " attention (" + std::to_string(facts.mla.q_heads) + " heads, kv_lora_rank " +
           std::to_string(facts.mla.kv_lora) + ")";
  }
  const GqaDims& g = facts.gqa;
  std::string kind = g.kv_heads == g.q_heads ? "MHA" : "GQA";
  std::string out = kind + " attention (" + std::to_string(g.q_heads) + " heads, " +
                    std::to_string(g.kv_heads) + " KV heads, head_dim " +
                    std::to_string(g.head_dim) + ")";
  int64_t sliding = CountLayers(facts, [](const LayerKind& k) { return k.sliding; });
  if (sliding > 0) {
    out += ", sliding window " + std::to_string(facts.sliding_window) + " in " +
           std::to_string(sliding) + " layers";
  }
  return out;
}

std::string FeedForwardSummary(const ArchFacts& facts) {
  int64_t moe_layers = CountLayers(facts, [](const LayerKind& k) { return k.ffn == Ffn::kMoe; });
  if (!facts.moe || moe_layers == 0) {
    return std::string(facts.traits.mlp == MlpKind::kGated ? "gated" : "non-gated") + " MLP (" +
           std::to_string(facts.dense_intermediate) + ")";
  }
  const MoeFacts& moe = *facts.moe;
  std::string out = "MoE in " + std::to_string(moe_layers) + " layers (" +
                    std::to_string(moe.experts) + " experts, top-" + std::to_string(moe.top_k) +
                    ", expert size " + std::to_string(moe.intermediate);
  if (moe.shared_intermediate > 0) out += ", shared " + std::to_string(moe.shared_intermediate);
  if (moe.latent > 0) out += ", latent " + std::to_string(moe.latent);
  return out + ")";
}

std::string HybridSummary(const ArchFacts& facts) {
  auto count = [&](Mixer mixer) {
    return std::to_string(std::count_if(facts.layer_kinds.begin(), facts.layer_kinds.end(),
                                        [&](const LayerKind& k) { return k.mixer == mixer; }));
  };
  if (facts.gdn) {
    return count(Mixer::kGdn) + " Gated DeltaNet and " + count(Mixer::kAttention) +
           " full-attention layers, ";
  }
  if (facts.traits.hybrid == HybridKind::kLinearAttention) {
    return count(Mixer::kLinearAttention) + " lightning-attention and " + count(Mixer::kAttention) +
           " softmax-attention layers, ";
  }
  if (facts.traits.hybrid == HybridKind::kShortConv) {
    return count(Mixer::kShortConv) + " short-convolution and " + count(Mixer::kAttention) +
           " attention layers, ";
  }
  if (facts.mamba1) {
    return count(Mixer::kMamba1) + " Mamba1 and " + count(Mixer::kAttention) +
           " attention layers, ";
  }
  if (facts.mamba && facts.traits.hybrid == HybridKind::kParallelMamba) {
    return "Mamba2 beside attention in every layer, ";
  }
  if (facts.mamba && facts.traits.hybrid == HybridKind::kMambaLayerTypes) {
    return count(Mixer::kMamba2) + " Mamba2 and " + count(Mixer::kAttention) +
           " attention layers, ";
  }
  if (facts.mamba) {
    return count(Mixer::kMamba2) + " Mamba2, " + count(Mixer::kAttention) + " attention and " +
           count(Mixer::kNone) + " MLP/MoE layers, ";
  }
  return "";
}

}  // namespace

std::string DisplayNameFromId(const std::string& id) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    out += (out.empty() ? "" : " ") + Word(word);
    word.clear();
  };
  for (char c : id) {
    if (c == '-' || c == '_' || c == ' ') {
      flush();
    } else {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  flush();
  return out;
}

std::string DescribeModel(const ArchFacts& facts, const Parallelism& parallel) {
  return facts.root + ": " + std::to_string(facts.layers) + " decoder layers, " +
         HybridSummary(facts) + AttentionSummary(facts) + ", " + FeedForwardSummary(facts) +
         ". Kernel shapes for TP=" + Join(parallel.tp, "/") +
         ", EP=" + std::to_string(parallel.ep) + ", page size " + Join(parallel.page_sizes, "/") +
         ".";
}

}  // namespace fib
