// Where the flashinfer-trace dataset is when no --definitions is given: the places the web
// app and the onboarding skills use, in their order.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace fib {

struct DatasetLocation {
  std::string path;
  std::string source;  // "FLASHINFER_TRACE_PATH", "FIB_DATASET_PATH" or "tmp/flashinfer-trace"
};

// FLASHINFER_TRACE_PATH, then FIB_DATASET_PATH (non-empty values), then tmp/flashinfer-trace
// under `repo_root` when it is a directory; nullopt when none applies. `getenv` is injected
// for tests.
std::optional<DatasetLocation> LocateDataset(const std::optional<std::string>& repo_root,
                                             const std::function<const char*(const char*)>& getenv);

}  // namespace fib
