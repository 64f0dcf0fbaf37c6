// A model's kernel inventory: one entry per (Definition name, op type, module, TP, EP, page
// size), with what the dataset says about it: the `kernels` array of the onboarding run
// manifest, computed instead of worked out by hand one name at a time.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/dataset_facts.h"
#include "model/model.h"

namespace fib {

// The parallel shapes a model's names were generated for. A name's TP is known from a
// generation per TP (`tp_of_name`), or from a model generated for one TP only (`single_tp`).
struct KernelShapes {
  std::map<std::string, std::vector<int64_t>> tp_of_name;  // name → the TPs that emit it
  std::optional<int64_t> single_tp;
  std::optional<int64_t> ep;
};

struct KernelEntry {
  std::string definition_name;
  std::optional<std::string> op_type;  // naming/op_type.h; the dataset's folder as a fallback
  std::string module;
  // Set where the name is a per-rank value of it (op_type.h's shards) and the shape is
  // known; the page size wherever the name spells one.
  std::optional<int64_t> tp;
  std::optional<int64_t> ep;
  std::optional<int64_t> page_size;
  bool exists = false;           // the dataset has the Definition
  int64_t workload_entries = 0;  // entries in workloads/<op_type>/<name>.jsonl
};

// The entries in module order, each module's names in order, a per-rank name once per TP
// that emits it.
std::vector<KernelEntry> BuildKernelInventory(const Model& model, const KernelShapes& shapes,
                                              const DatasetFacts& dataset);

// The shapes from one model generated per TP (same config, one TP each) at EP `ep`.
KernelShapes ShapesFromPerTpModels(const std::vector<std::pair<int64_t, Model>>& per_tp,
                                   int64_t ep);

}  // namespace fib
