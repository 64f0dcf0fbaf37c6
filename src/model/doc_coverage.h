// A model's coverage as the coverage document (docs/model_coverage.mdx) states it: each
// mapped Definition with its op type and status, the unmapped modules, the count of names
// present, the architecture, and the dataset's model tags checked both ways.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/architecture_summary.h"
#include "model/dataset_facts.h"
#include "model/kernel_inventory.h"
#include "model/model.h"

namespace fib {

// ✅ definition and workloads, 🟡 definition only, ❌ missing; kUnknownWorkloads: the
// definition exists but the dataset has no workloads/ folder to say which of ✅ and 🟡.
enum class KernelStatus { kWorkloads, kDefinitionOnly, kMissing, kUnknownWorkloads };

struct CoverageRow {
  std::string name;
  std::string op_type;        // "" when no family prefix matches
  std::optional<int64_t> tp;  // per-rank names, when the shape is known
  std::optional<int64_t> ep;  // MoE names
  KernelStatus status = KernelStatus::kMissing;
};

// A module kept for its place though no Definition family computes its op (arch/unmapped.h).
struct UnmappedOp {
  std::vector<std::string> modules;
  std::string op;  // "LayerNorm", "attention with learned sinks", …
};

// The two directions of the dataset's "model:<id>" tags against the entry.
struct TagCheck {
  std::vector<std::string> untagged;         // mapped names the dataset has, without the tag
  std::vector<std::string> tagged_unmapped;  // names tagged with the id that it does not map
};

struct ModelCoverageFacts {
  std::string id;
  std::string name;
  std::vector<CoverageRow> rows;  // each mapped name once, in module order
  std::vector<UnmappedOp> unmapped;
  bool unmapped_known = false;  // generated from a config; a models.ts does not say
  size_t present = 0;           // rows whose Definition exists
  ArchitectureSummary architecture;
  TagCheck tags;
};

// The status of `name` (of `op_type`) in `dataset`.
KernelStatus StatusOf(const std::string& name, const std::string& op_type,
                      const DatasetFacts& dataset);

// `unmapped` is what generation reported, or nothing for a model read from a models.ts.
ModelCoverageFacts MeasureModelCoverage(const Model& model, const KernelShapes& shapes,
                                        const std::optional<std::vector<UnmappedOp>>& unmapped,
                                        const DatasetFacts& dataset);

}  // namespace fib
