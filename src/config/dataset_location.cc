#include "config/dataset_location.h"

#include <filesystem>

namespace fib {

std::optional<DatasetLocation> LocateDataset(const std::optional<std::string>& repo_root,
                                             const std::string& configured,
                                             const std::function<const char*(const char*)>& getenv,
                                             const FileReader& files) {
  for (const char* variable : {"FLASHINFER_TRACE_PATH", "FIB_DATASET_PATH"}) {
    const char* value = getenv(variable);
    if (value && *value) return DatasetLocation{value, variable};
  }
  if (!configured.empty()) return DatasetLocation{configured, kConfiguredSource};
  if (repo_root) {
    std::filesystem::path local = std::filesystem::path(*repo_root) / "tmp/flashinfer-trace";
    if (files.IsDirectory(local.string())) {
      return DatasetLocation{local.string(), "tmp/flashinfer-trace"};
    }
  }
  return std::nullopt;
}

}  // namespace fib
