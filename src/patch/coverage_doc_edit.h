// `coverage --write DOC`: the coverage document updated for some models through the edit
// session, with the promises of a models.ts edit: parsed before and after, nothing written
// when unchanged, and what changed per model for the report.
#pragma once

#include <vector>

#include "model/dataset_facts.h"
#include "model/doc_coverage.h"
#include "patch/coverage_doc_plan.h"
#include "patch/edit_session.h"

namespace fib {

struct CoverageDocEdit {
  EditResult edit;
  std::vector<DocModelChange> models;  // in the order given
};

// Reads the document through `session`, plans the update (patch/coverage_doc_plan.h), applies
// it and reads the result back (VerifyCoverageDoc). Nothing is written: Commit does that.
Result<CoverageDocEdit> EditCoverageDoc(EditSession& session,
                                        const std::vector<ModelCoverageFacts>& models,
                                        const DatasetFacts& dataset);

}  // namespace fib
