// The one sequence every edit of a file takes. Open the target (checked; for a write, locked
// and stamped before anything is read) → read it through the FileReader seam → for a models.ts:
// parse, check that every id is readable and unique, plan, apply, parse again and verify → a
// value saying what the edit does. Nothing is written until Commit, which writes that value's
// bytes atomically, still under the lock, once the target is confirmed to be what was read
// (stamp and bytes). The commands only print the value and choose the exit code.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/file_lock.h"
#include "base/file_reader.h"
#include "base/file_stamp.h"
#include "base/result.h"
#include "emit/print_style.h"
#include "patch/models_file.h"
#include "patch/plan.h"

namespace fib {

// What an edit does, before anything is written.
struct EditResult {
  std::string path;
  std::string before;    // the target's bytes as read; "" when it did not exist
  bool existed = false;  // whether the target existed
  std::string after;     // the verified new bytes (a BOM kept)
  bool changed = false;  // `after` differs from `before`, or the target is new
  // A models.ts edit: one per model asked for, in order (refresh's per-model lines). A single
  // upsert or remove has one; an edit that changes no bytes has kUnchanged there.
  std::vector<ElementOutcome> outcomes;
};

// Plans a models.ts edit against the loaded file, whose ids are known to be readable and unique.
using ModelsPlanner = std::function<Result<BatchPlan>(const ModelsFile&)>;

// A models.ts edit: how to read the target, and what to plan against it.
struct ModelsEdit {
  ArrayQuery query;
  bool create_if_missing = false;  // a missing target starts as the upstream shape, in `style`
  // Plan against a new file in the upstream shape instead of the target (generate --append
  // false); the target is still what the result is compared with and replaces.
  bool fresh_file = false;
  PrintStyle style;
  ModelsPlanner plan;
};

// The planners of the single edits: one outcome, for the element's id.
ModelsPlanner Upserting(NewElement element, PrintStyle style);
ModelsPlanner Removing(std::string id);

// Any other document (the coverage document): computes and checks its new bytes from the old.
using TextEdit = std::function<Result<std::string>(const std::string& before)>;

enum class EditMode {
  kWrite,    // locks the target; Commit writes
  kPreview,  // --dry-run, --check: never locks, never writes
};

class EditSession {
 public:
  // Opens `path` for an edit: fails (kWrite) when it cannot be an edit target at all (a
  // directory, a FIFO, a hard-linked file: base/file_io.h CheckTarget, of the disk). For
  // kWrite, locks the target's directory (waiting up to kLockWaitSeconds) and stamps the
  // target before anything is read; the lock is held until the session ends, so a second
  // writer waits and then plans against this one's result. The bytes come through `files`,
  // which must outlive the session.
  static Result<EditSession> Open(std::string path, EditMode mode,
                                  const FileReader& files = DiskFiles());
  // The same for a document that must exist (EditText): a missing one is the reader's error
  // (kIo: it cannot be read), found before any lock is taken.
  static Result<EditSession> OpenExisting(std::string path, EditMode mode,
                                          const FileReader& files = DiskFiles());

  // Load → check ids → plan → apply → verify. Failures: the target's (kIo, kSyntax), the
  // ids' (kValidation), the planner's, the verification's (kVerify).
  Result<EditResult> EditModels(const ModelsEdit& edit);

  // The same for another document, which must exist.
  Result<EditResult> EditText(const TextEdit& edit);

  // Writes `result` (from this session) when it changed anything: atomically, after confirming
  // that the target still has the stamp and the bytes it was read with (kWrite otherwise).
  // A preview session never writes (kInternal).
  Status Commit(const EditResult& result);

  const std::string& path() const { return path_; }

 private:
  EditSession(std::string path, EditMode mode, const FileReader& files)
      : path_(std::move(path)), mode_(mode), files_(&files) {}
  EditResult Finish(std::string before, bool existed, std::string after) const;

  std::string path_;
  EditMode mode_;
  const FileReader* files_;
  std::optional<FileLock> lock_;  // held from Open to the end of the session (kWrite)
  FileStamp stamp_;               // the target when it was opened (kWrite)
};

}  // namespace fib
