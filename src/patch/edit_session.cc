#include "patch/edit_session.h"

#include "base/file_io.h"
#include "base/limits.h"
#include "patch/readable_ids.h"

namespace fib {

namespace {

// A single edit's plan as a batch of one: its outcome names the element it was about.
BatchPlan Single(Plan plan, std::string id) {
  BatchPlan batch;
  batch.outcomes.push_back({std::move(id), plan.action, ""});
  batch.plan = std::move(plan);
  return batch;
}

// Both refusals name the element's place: the tool will not guess which model is meant.
Status CheckIds(const ModelsFile& file) {
  Status readable = CheckIdsReadable(file.source().path, file.body(), file.array());
  if (!readable) return readable;
  return CheckUniqueIds(file.source().path, file.body(), file.array());
}

}  // namespace

ModelsPlanner Upserting(NewElement element, PrintStyle style) {
  return [element = std::move(element), style](const ModelsFile& file) -> Result<BatchPlan> {
    Result<Plan> plan = PlanUpsert(file.body(), file.array(), element, style);
    if (!plan) return plan.error();
    return Single(std::move(plan).value(), element.model.id);
  };
}

ModelsPlanner Removing(std::string id) {
  return [id = std::move(id)](const ModelsFile& file) -> Result<BatchPlan> {
    Result<Plan> plan = PlanRemove(file.body(), file.array(), id);
    if (!plan) return plan.error();
    return Single(std::move(plan).value(), id);
  };
}

Result<EditSession> EditSession::Open(std::string path, EditMode mode, const FileReader& files) {
  Status target = CheckTarget(path);
  if (!target) return target.error();
  EditSession session(std::move(path), mode, files);
  if (mode == EditMode::kPreview) return session;
  // Taken before the read: two writers of one file take turns instead of both planning
  // against the same old text.
  Result<FileLock> lock = FileLock::Acquire(session.path_, kLockWaitSeconds);
  if (!lock) return lock.error();
  session.lock_.emplace(std::move(lock).value());
  session.stamp_ = StampOf(session.path_);
  return session;
}

Result<EditSession> EditSession::OpenExisting(std::string path, EditMode mode,
                                              const FileReader& files) {
  if (!files.Exists(path)) {
    Result<std::string> missing = files.Read(path);
    if (!missing) return missing.error();
  }
  return Open(std::move(path), mode, files);
}

Result<EditResult> EditSession::EditModels(const ModelsEdit& edit) {
  // A fresh file is planned against the template; the target's own bytes (if any) are only
  // what the result replaces, so they are read but not parsed.
  Result<ModelsFile> file =
      edit.fresh_file
          ? ModelsFile::FromBytes(path_, NewModelsFileText(edit.style), false, ArrayQuery{})
          : ModelsFile::Load(path_, edit.query, edit.create_if_missing, edit.style, *files_);
  if (!file) return file.error();
  bool existed = edit.fresh_file ? files_->Exists(path_) : file->source().existed;
  std::string before;
  if (edit.fresh_file && existed) {
    Result<std::string> current = files_->Read(path_);
    if (!current) return current.error();
    before = std::move(current).value();
  } else if (existed) {
    before = file->source().bytes;
  }
  Status ids = CheckIds(*file);
  if (!ids) return ids.error();
  Result<BatchPlan> batch = edit.plan(*file);
  if (!batch) return batch.error();
  Result<std::string> after = file->Apply(batch->plan, edit.fresh_file ? ArrayQuery{} : edit.query);
  if (!after) return after.error();
  EditResult result = Finish(std::move(before), existed, std::move(after).value());
  result.outcomes = std::move(batch->outcomes);
  // A single edit whose bytes stay is unchanged, whatever its plan said.
  if (!result.changed && result.outcomes.size() == 1) {
    result.outcomes[0].action = PlanAction::kUnchanged;
  }
  return result;
}

Result<EditResult> EditSession::EditText(const TextEdit& edit) {
  Result<std::string> before = files_->Read(path_);
  if (!before) return before.error();
  Result<std::string> after = edit(*before);
  if (!after) return after.error();
  return Finish(std::move(before).value(), true, std::move(after).value());
}

EditResult EditSession::Finish(std::string before, bool existed, std::string after) const {
  EditResult result;
  result.path = path_;
  result.changed = !existed || after != before;
  result.before = std::move(before);
  result.existed = existed;
  result.after = std::move(after);
  return result;
}

Status EditSession::Commit(const EditResult& result) {
  if (mode_ != EditMode::kWrite) {
    return Error(ErrorKind::kInternal, "internal error: a preview session cannot write",
                 "this is a bug in fib-modelgen; please report it with the input files");
  }
  if (!result.changed) return Ok{};  // nothing to write: the file and its mtime stay
  ReadSnapshot snapshot{stamp_, result.before};
  return WriteFileAtomically(path_, result.after, &snapshot);
}

}  // namespace fib
