#include "app/edit_runner.h"

#include <optional>

#include "app/models_source.h"
#include "base/exit_codes.h"
#include "base/file_io.h"
#include "base/file_lock.h"
#include "base/limits.h"
#include "patch/readable_ids.h"
#include "patch/unified_diff.h"

namespace fib {

namespace {

std::string Describe(PlanAction action, bool changed, const std::string& id,
                     const std::string& path) {
  if (!changed) return "unchanged: \"" + id + "\" in " + path;
  switch (action) {
    case PlanAction::kAdded:
      return "added: \"" + id + "\" to " + path;
    case PlanAction::kReplaced:
      return "replaced: \"" + id + "\" in " + path;
    case PlanAction::kRemoved:
      return "removed: \"" + id + "\" from " + path;
    case PlanAction::kUnchanged:
    case PlanAction::kSkipped:
      break;
  }
  return "";
}

// The target's bytes on disk ("" when it does not exist yet). A fresh-file edit planned
// against the template has not read them yet; otherwise the loaded file holds them.
Result<std::string> CurrentBytes(const EditRequest& request, const SourceFile& loaded) {
  if (!request.fresh_file) return loaded.existed ? loaded.bytes : std::string();
  if (!FileExists(request.path)) return std::string();
  return ReadFile(request.path);
}

Result<ModelsFile> LoadTarget(const EditRequest& request) {
  if (!request.fresh_file) {
    return ModelsFile::Load(request.path, request.query, request.create_if_missing, request.style);
  }
  return ModelsFile::FromBytes(request.path, NewModelsFileText(request.style), false, ArrayQuery{});
}

}  // namespace

int RunEdit(const EditRequest& request, const std::string& id, Io& io) {
  Status target = CheckTarget(request.path);
  if (!target) return Report(target.error(), io);
  // Held from before the read until after the write: a second writer waits for this one and
  // then reads its result, instead of both planning against the same old text.
  std::optional<FileLock> lock;
  if (!request.dry_run) {
    Result<FileLock> acquired = FileLock::Acquire(request.path, kLockWaitSeconds);
    if (!acquired) return Report(acquired.error(), io);
    lock.emplace(std::move(acquired).value());
  }
  FileStamp stamp = StampOf(request.path);
  Result<ModelsFile> file = LoadTarget(request);
  if (!file) return Report(file.error(), io);
  const SourceFile& source = file->source();
  Result<std::string> current = CurrentBytes(request, source);
  if (!current) return Report(current.error(), io);
  bool existed = request.fresh_file ? FileExists(request.path) : source.existed;
  Status readable = CheckIdsReadable(source.path, file->body(), file->array());
  if (!readable) return Report(readable.error(), io);
  Status unique = CheckUniqueIds(source.path, file->body(), file->array());
  if (!unique) return Report(unique.error(), io);
  Result<Plan> plan = request.plan(*file);
  if (!plan) return Report(plan.error(), io);
  Result<std::string> new_bytes =
      file->Apply(*plan, request.fresh_file ? ArrayQuery{} : request.query);
  if (!new_bytes) return Report(new_bytes.error(), io);
  bool changed = !existed || *new_bytes != *current;
  if (request.dry_run) {
    if (request.summarize)
      io.out << SummaryAbove(*current, *new_bytes, request.path, request.query);
    io.out << UnifiedDiff(*current, *new_bytes, request.path);
    return changed ? kExitDifferences : kExitOk;
  }
  if (changed) {
    ReadSnapshot snapshot{stamp, *current};
    Status written = WriteFileAtomically(request.path, *new_bytes, &snapshot);
    if (!written) return Report(written.error(), io);
  }
  io.out << Describe(plan->action, changed, id, request.path) << "\n";
  return kExitOk;
}

}  // namespace fib
