// The shell around a single models.ts edit (upsert, remove, generate): the edit session does
// the work (patch/edit_session.h); this prints its value and picks the outcome.
#pragma once

#include <string>

#include "app/io.h"
#include "patch/edit_session.h"

namespace fib {

struct EditCommand {
  std::string path;
  ModelsEdit edit;
  bool dry_run = false;    // print a unified diff instead of writing
  bool summarize = false;  // with dry_run: the semantic summary (patch/change_summary.h) above it
};

// Runs the edit and prints one line saying what happened (added, replaced, removed,
// unchanged), or with dry_run the diff (Differences when the file would change).
Outcome RunEditCommand(const EditCommand& command, Io& io);

}  // namespace fib
