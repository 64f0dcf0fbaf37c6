#include "model/doc_coverage.h"

#include <algorithm>
#include <set>

#include "model/model_diff.h"

namespace fib {

namespace {

TagCheck CheckTags(const std::string& id, const std::vector<std::string>& mapped,
                   const DatasetFacts& dataset) {
  TagCheck check;
  std::set<std::string> mapped_set(mapped.begin(), mapped.end());
  for (const std::string& name : mapped) {
    if (!dataset.Has(name)) continue;
    auto tags = dataset.model_tags.find(name);
    bool tagged = tags != dataset.model_tags.end() &&
                  std::find(tags->second.begin(), tags->second.end(), id) != tags->second.end();
    if (!tagged) check.untagged.push_back(name);
  }
  for (const auto& [name, slugs] : dataset.model_tags) {
    if (std::find(slugs.begin(), slugs.end(), id) != slugs.end() && !mapped_set.count(name)) {
      check.tagged_unmapped.push_back(name);
    }
  }
  return check;
}

}  // namespace

KernelStatus StatusOf(const std::string& name, const std::string& op_type,
                      const DatasetFacts& dataset) {
  if (!dataset.Has(name)) return KernelStatus::kMissing;
  if (!dataset.has_workloads) return KernelStatus::kUnknownWorkloads;
  return dataset.WorkloadEntries(op_type, name) > 0 ? KernelStatus::kWorkloads
                                                    : KernelStatus::kDefinitionOnly;
}

ModelCoverageFacts MeasureModelCoverage(const Model& model, const KernelShapes& shapes,
                                        const std::optional<std::vector<UnmappedOp>>& unmapped,
                                        const DatasetFacts& dataset) {
  ModelCoverageFacts facts;
  facts.id = model.id;
  facts.name = model.name;
  facts.unmapped = unmapped.value_or(std::vector<UnmappedOp>{});
  facts.unmapped_known = unmapped.has_value();
  facts.architecture = SummarizeArchitecture(model);
  std::set<std::string> seen;
  for (const KernelEntry& entry : BuildKernelInventory(model, shapes, dataset)) {
    if (!seen.insert(entry.definition_name).second) continue;
    CoverageRow row{entry.definition_name, entry.op_type.value_or(""), entry.tp, entry.ep,
                    StatusOf(entry.definition_name, entry.op_type.value_or(""), dataset)};
    if (entry.exists) ++facts.present;
    facts.rows.push_back(std::move(row));
  }
  facts.tags = CheckTags(model.id, MappedNames(model), dataset);
  return facts;
}

}  // namespace fib
