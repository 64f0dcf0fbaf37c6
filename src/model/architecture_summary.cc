#include "model/architecture_summary.h"

#include <algorithm>
#include <map>

#include "naming/op_type.h"

namespace fib {

namespace {

constexpr const char* kMixerOrder[] = {"DSA", "MLA", "GDN", "GQA", "Mamba2"};

int64_t DecoderLayers(const Model& model) {
  int64_t layers = 0;
  for (const Module& module : model.modules) {
    if (module.key.find("DecoderLayer") != std::string::npos) layers += module.count;
  }
  if (layers > 0) return layers;
  for (const Module& module : model.modules) {
    if (module.key == "layers") return module.count;
  }
  return 0;
}

// The kinds of a module's names ("GQA", "moe"…), each once.
std::vector<std::string> KindsOf(const Module& module) {
  std::vector<std::string> kinds;
  if (!module.definitions) return kinds;
  for (const std::string& name : *module.definitions) {
    std::optional<std::string> op_type = OpTypeOfName(name);
    if (!op_type) continue;
    std::string kind = *op_type == "moe" ? "moe" : MixerKindOf(*op_type);
    if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
      kinds.push_back(kind);
  }
  return kinds;
}

// kind → parent block → the largest count among that block's modules of the kind.
std::map<std::string, std::map<std::string, int64_t>> CountsByKind(const Model& model) {
  std::map<std::string, std::map<std::string, int64_t>> counts;
  for (const Module& module : model.modules) {
    for (const std::string& kind : KindsOf(module)) {
      int64_t& count = counts[kind][module.parent.value_or("")];
      count = std::max(count, module.count);
    }
  }
  return counts;
}

bool IsMoeKey(const std::optional<std::string>& key) {
  return key && (*key == "moe" || key->rfind("moe_", 0) == 0);
}

// MoE layers by module keys (`moe`, `moe_gate`, `moe_gdn`…, as the generator and the
// upstream trees name them), for experts no Definition family maps: the outermost such
// modules, the largest per parent block.
std::map<std::string, int64_t> MoeByKeys(const Model& model) {
  std::map<std::string, int64_t> by_parent;
  for (const Module& module : model.modules) {
    if (!IsMoeKey(module.key) || IsMoeKey(module.parent)) continue;
    int64_t& count = by_parent[module.parent.value_or("")];
    count = std::max(count, module.count);
  }
  return by_parent;
}

int64_t Sum(const std::map<std::string, int64_t>& by_parent) {
  int64_t sum = 0;
  for (const auto& [parent, count] : by_parent) sum += count;
  return sum;
}

}  // namespace

std::string MixerKindOf(const std::string& op_type) {
  if (op_type == "gqa_paged" || op_type == "gqa_ragged") return "GQA";
  if (op_type == "mla_paged" || op_type == "mla_ragged") return "MLA";
  if (op_type == "dsa_paged") return "DSA";
  if (op_type == "gdn") return "GDN";
  if (op_type == "mamba_ssu") return "Mamba2";
  return "";
}

ArchitectureSummary SummarizeArchitecture(const Model& model) {
  ArchitectureSummary summary;
  summary.layers = DecoderLayers(model);
  std::map<std::string, std::map<std::string, int64_t>> counts = CountsByKind(model);
  for (const char* kind : kMixerOrder) {
    if (counts.count(kind)) summary.mixers.emplace_back(kind, Sum(counts[kind]));
  }
  // DSA layers also carry the MLA names their prefill uses: one mixer, named by DSA.
  if (counts.count("DSA") && counts.count("MLA")) {
    summary.mixers.erase(std::remove_if(summary.mixers.begin(), summary.mixers.end(),
                                        [](const auto& mixer) { return mixer.first == "MLA"; }),
                         summary.mixers.end());
  }
  summary.moe_layers = std::max(Sum(counts["moe"]), Sum(MoeByKeys(model)));
  bool has_mamba = counts.count("Mamba2") > 0;
  if (summary.layers > 0 && !has_mamba) summary.dense_layers = summary.layers - summary.moe_layers;
  return summary;
}

}  // namespace fib
