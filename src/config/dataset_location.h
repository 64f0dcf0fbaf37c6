// Where the flashinfer-trace dataset is when no --definitions is given: the places the web
// app and the onboarding skills use, in their order.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "base/file_reader.h"

namespace fib {

struct DatasetLocation {
  std::string path;
  std::string source;  // "FLASHINFER_TRACE_PATH", "FIB_DATASET_PATH", kConfiguredSource or
                       // "tmp/flashinfer-trace"
};

// The source of a dataset named by `definitions` in [tool.fib-modelgen].
inline constexpr const char* kConfiguredSource = "[tool.fib-modelgen] in pyproject.toml";

// FLASHINFER_TRACE_PATH, then FIB_DATASET_PATH (non-empty values: a machine's own setting),
// then `configured` (the repository's pyproject.toml; used as given, when not ""), then
// tmp/flashinfer-trace under `repo_root` when it is a directory; nullopt when none applies.
// `getenv` and `files` (which answers "is it a directory") are injected for tests.
std::optional<DatasetLocation> LocateDataset(const std::optional<std::string>& repo_root,
                                             const std::string& configured,
                                             const std::function<const char*(const char*)>& getenv,
                                             const FileReader& files = DiskFiles());

}  // namespace fib
