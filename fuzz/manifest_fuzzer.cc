// A refresh manifest: read and checked (keys, types, ids, shapes); what it resolves must be
// consistent: ids and configs present, shapes ascending and positive, every path recorded
// at its own string value, and a relative path that does not climb stays below the
// manifest's folder.
#include <filesystem>

#include "base/path_boundary.h"
#include "config/manifest.h"
#include "fuzz_checks.h"

namespace fib::fuzz {
namespace {

constexpr const char* kFolder = "/repo/web";

bool AscendingPositive(const std::vector<int64_t>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i] <= 0 || (i > 0 && values[i] <= values[i - 1])) return false;
  }
  return !values.empty();
}

bool Climbs(const std::filesystem::path& path) {
  for (const std::filesystem::path& part : path) {
    if (part == "..") return true;
  }
  return false;
}

void CheckPath(const Manifest& manifest, const ManifestPath& path) {
  Require(path.offset < manifest.text.size() && manifest.text[path.offset] == '"',
          "a manifest path is located at its string");
  std::filesystem::path written(path.written);
  if (written.is_relative() && !Climbs(written)) {
    Require(IsWithin(kFolder, path.resolved), "a relative path that does not climb stays inside",
            path.resolved);
  }
}

}  // namespace
}  // namespace fib::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  Result<Manifest> manifest =
      ManifestFromText(std::string(fuzz::kFolder) + "/m.json", fuzz::Text(data, size));
  if (!manifest) {
    fuzz::CheckRenders(manifest.error());
    return 0;
  }
  for (const ManifestModel& model : manifest->models) {
    fuzz::Require(!model.id.empty() && !model.config.empty(), "a model has an id and a config");
    fuzz::Require(fuzz::AscendingPositive(model.tp), "tp is ascending and positive");
    fuzz::Require(fuzz::AscendingPositive(model.page_sizes), "page sizes are ascending");
    fuzz::Require(model.ep > 0, "ep is positive");
  }
  for (const ManifestPath& path : manifest->paths) fuzz::CheckPath(*manifest, path);
  return 0;
}
