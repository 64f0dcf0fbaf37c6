// The one path every single edit takes: load → check ids → plan → apply and verify → write.
#pragma once

#include <functional>
#include <string>

#include "app/io.h"
#include "emit/print_style.h"
#include "patch/models_file.h"
#include "patch/plan.h"

namespace fib {

struct EditRequest {
  std::string path;
  ArrayQuery query;
  bool create_if_missing = false;
  bool dry_run = false;    // print a unified diff instead of writing
  bool summarize = false;  // with dry_run: the semantic summary (app/models_source.h) above it
  // Plan against a new file in the upstream shape instead of the current one (which is
  // still what the result is compared with and replaces).
  bool fresh_file = false;
  PrintStyle style;  // the target's: a new file's text is printed with it
  std::function<Result<Plan>(const ModelsFile&)> plan;
};

// Runs the request and prints one line saying what happened to `id` (added, replaced,
// removed, unchanged). Returns the exit code.
int RunEdit(const EditRequest& request, const std::string& id, Io& io);

}  // namespace fib
