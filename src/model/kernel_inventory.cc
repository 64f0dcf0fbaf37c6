#include "model/kernel_inventory.h"

#include "naming/op_type.h"

namespace fib {

namespace {

std::optional<std::string> OpTypeOf(const std::string& name, const DatasetFacts& dataset) {
  if (std::optional<std::string> op_type = OpTypeOfName(name)) return op_type;
  auto folder = dataset.op_types.find(name);
  if (folder != dataset.op_types.end()) return folder->second;
  return std::nullopt;
}

// The TPs to list `name` under: one unknown TP unless its family is per rank and a shape
// says which.
std::vector<std::optional<int64_t>> TpsOf(const std::string& name, const OpTypeShards& shards,
                                          const KernelShapes& shapes) {
  if (!shards.tp) return {std::nullopt};
  auto it = shapes.tp_of_name.find(name);
  if (it != shapes.tp_of_name.end() && !it->second.empty()) {
    return std::vector<std::optional<int64_t>>(it->second.begin(), it->second.end());
  }
  return {shapes.single_tp};
}

}  // namespace

std::vector<KernelEntry> BuildKernelInventory(const Model& model, const KernelShapes& shapes,
                                              const DatasetFacts& dataset) {
  std::vector<KernelEntry> entries;
  for (const Module& module : model.modules) {
    if (!module.definitions) continue;
    for (const std::string& name : *module.definitions) {
      KernelEntry entry;
      entry.definition_name = name;
      entry.op_type = OpTypeOf(name, dataset);
      entry.module = module.key;
      OpTypeShards shards = ShardsOfOpType(entry.op_type.value_or(""));
      if (shards.ep) entry.ep = shapes.ep;
      entry.page_size = PageSizeOfName(name);
      entry.exists = dataset.Has(name);
      if (entry.op_type) entry.workload_entries = dataset.WorkloadEntries(*entry.op_type, name);
      for (std::optional<int64_t> tp : TpsOf(name, shards, shapes)) {
        entry.tp = tp;
        entries.push_back(entry);
      }
    }
  }
  return entries;
}

KernelShapes ShapesFromPerTpModels(const std::vector<std::pair<int64_t, Model>>& per_tp,
                                   int64_t ep) {
  KernelShapes shapes;
  shapes.ep = ep;
  if (per_tp.size() == 1) shapes.single_tp = per_tp.front().first;
  for (const auto& [tp, model] : per_tp) {
    for (const Module& module : model.modules) {
      if (!module.definitions) continue;
      for (const std::string& name : *module.definitions) {
        std::vector<int64_t>& tps = shapes.tp_of_name[name];
        if (tps.empty() || tps.back() != tp) tps.push_back(tp);
      }
    }
  }
  return shapes;
}

}  // namespace fib
