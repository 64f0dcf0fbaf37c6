#include "patch/coverage_doc_edit.h"

#include "patch/coverage_doc.h"
#include "patch/edit.h"

namespace fib {

Result<CoverageDocEdit> EditCoverageDoc(EditSession& session,
                                        const std::vector<ModelCoverageFacts>& models,
                                        const DatasetFacts& dataset) {
  std::vector<DocModelChange> changes;
  Result<EditResult> edited =
      session.EditText([&](const std::string& before) -> Result<std::string> {
        CoverageDoc doc = ParseCoverageDoc(session.path(), before);
        Result<DocPlan> plan = PlanCoverageDoc(doc, models, dataset);
        if (!plan) return plan.error();
        Result<std::string> after = ApplyEdits(doc.text, plan->edits);
        if (!after) return after;
        Status verified = VerifyCoverageDoc(ParseCoverageDoc(doc.path, *after), models);
        if (!verified) return verified.error();
        changes = std::move(plan->models);
        return after;
      });
  if (!edited) return edited.error();
  return CoverageDocEdit{std::move(edited).value(), std::move(changes)};
}

}  // namespace fib
