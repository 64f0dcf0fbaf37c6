// Planning the update of docs/model_coverage.mdx for some models: for each, its section
// and its Summary row, changed only where the model and the dataset prove the text wrong
// (or added when the document has none); every other byte stays. Edits are plain data,
// applied by ApplyEdits; VerifyCoverageDoc re-reads the result.
#pragma once

#include <string>
#include <vector>

#include "model/dataset_facts.h"
#include "model/doc_coverage.h"
#include "patch/coverage_doc.h"
#include "patch/edit.h"

namespace fib {

enum class DocAction { kAdded, kUpdated, kUnchanged };

struct DocModelChange {
  std::string name;
  DocAction action = DocAction::kUnchanged;
  std::vector<std::string> notes;  // each change, and the dataset's tag findings
};

struct DocPlan {
  std::vector<Edit> edits;
  std::vector<DocModelChange> models;  // in the order given
};

// Errors: two sections (or Summary rows) for one model, or no Summary table when a row is
// needed (kInput, located in the document).
Result<DocPlan> PlanCoverageDoc(const CoverageDoc& doc,
                                const std::vector<ModelCoverageFacts>& models,
                                const DatasetFacts& dataset);

// The edited document read back: every model has exactly one section holding a Definition
// table with all its names and a Coverage line, and exactly one Summary row (kVerify).
Status VerifyCoverageDoc(const CoverageDoc& doc, const std::vector<ModelCoverageFacts>& models);

}  // namespace fib
