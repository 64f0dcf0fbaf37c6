#include "app/edit_command.h"

#include "patch/change_summary.h"
#include "patch/unified_diff.h"

namespace fib {

namespace {

std::string Describe(const ElementOutcome& outcome, const std::string& path) {
  std::string id = "\"" + outcome.id + "\"";
  switch (outcome.action) {
    case PlanAction::kAdded:
      return "added: " + id + " to " + path;
    case PlanAction::kReplaced:
      return "replaced: " + id + " in " + path;
    case PlanAction::kRemoved:
      return "removed: " + id + " from " + path;
    case PlanAction::kUnchanged:
    case PlanAction::kSkipped:
      break;
  }
  return "unchanged: " + id + " in " + path;
}

}  // namespace

Outcome RunEditCommand(const EditCommand& command, Io& io) {
  Result<EditSession> session =
      EditSession::Open(command.path, command.dry_run ? EditMode::kPreview : EditMode::kWrite);
  if (!session) return Report(session.error(), io);
  Result<EditResult> result = session->EditModels(command.edit);
  if (!result) return Report(result.error(), io);
  if (command.dry_run) {
    if (command.summarize) {
      io.out << SummaryAbove(result->before, result->after, command.path, command.edit.query);
    }
    io.out << UnifiedDiff(result->before, result->after, command.path);
    return Outcome::Compared(result->changed);
  }
  Status written = session->Commit(*result);
  if (!written) return Report(written.error(), io);
  for (const ElementOutcome& outcome : result->outcomes) {
    io.out << Describe(outcome, command.path) << "\n";
  }
  return Outcome::Success();
}

}  // namespace fib
