#include "app/coverage_doc_runner.h"

#include "base/exit_codes.h"
#include "base/file_io.h"
#include "patch/coverage_doc.h"
#include "patch/coverage_doc_plan.h"
#include "patch/unified_diff.h"

namespace fib {

namespace {

const char* Word(DocAction action) {
  switch (action) {
    case DocAction::kAdded:
      return "added";
    case DocAction::kUpdated:
      return "updated";
    case DocAction::kUnchanged:
      break;
  }
  return "unchanged";
}

void PrintReport(const DocPlan& plan, const std::string& path, Io& io) {
  size_t counts[3] = {0, 0, 0};
  for (const DocModelChange& model : plan.models) {
    ++counts[static_cast<int>(model.action)];
    io.out << Word(model.action) << ": " << model.name << "\n";
    for (const std::string& note : model.notes) io.out << "  " << note << "\n";
  }
  io.out << "coverage: " << counts[0] << " added, " << counts[1] << " updated, " << counts[2]
         << " unchanged (" << path << ")\n";
}

// The new bytes, read back and checked.
Result<std::string> Apply(const CoverageDoc& doc, const DocPlan& plan,
                          const std::vector<ModelCoverageFacts>& models) {
  Result<std::string> edited = ApplyEdits(doc.text, plan.edits);
  if (!edited) return edited;
  Status verified = VerifyCoverageDoc(ParseCoverageDoc(doc.path, *edited), models);
  if (!verified) return verified.error();
  return edited;
}

}  // namespace

int RunCoverageDocWrite(const DocWriteRequest& request,
                        const std::vector<ModelCoverageFacts>& models, const DatasetFacts& dataset,
                        Io& io) {
  Result<std::string> bytes = ReadFile(request.path);
  if (!bytes) return Report(bytes.error(), io);
  CoverageDoc doc = ParseCoverageDoc(request.path, *bytes);
  Result<DocPlan> plan = PlanCoverageDoc(doc, models, dataset);
  if (!plan) return Report(plan.error(), io);
  Result<std::string> edited = Apply(doc, *plan, models);
  if (!edited) return Report(edited.error(), io);
  PrintReport(*plan, request.path, io);
  bool changed = *edited != *bytes;
  if (request.check || request.dry_run) {
    io.out << UnifiedDiff(*bytes, *edited, request.path);
    if (changed && request.check) {
      io.err << "fib-modelgen: " << request.path << " is not up to date; run the same "
             << "command with --write and without --check\n";
    }
    return changed ? kExitDifferences : kExitOk;
  }
  if (!changed) return kExitOk;
  Status written = WriteFileAtomically(request.path, *edited);
  return written ? kExitOk : Report(written.error(), io);
}

}  // namespace fib
