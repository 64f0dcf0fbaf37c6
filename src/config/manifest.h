// The refresh manifest: which models a models.ts should hold and how to generate each.
//   {"output": "web/apps/web/data/models.ts", "definitions": "optional dir",
//    "models": [{"id", "config", "sglang_impl"?, "name"?, "description"?, "tp"?, "ep"?,
//                "page_sizes"?, "sampling"?}, ...]}
// Paths are relative to the manifest's directory. Unknown keys are errors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/file_reader.h"
#include "base/result.h"

namespace fib {

struct ManifestModel {
  std::string id;
  std::string config;  // resolved against the manifest's directory
  std::string config_as_written;
  std::string sglang_impl;  // resolved; "" when absent
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::vector<int64_t> tp = {1};
  bool auto_parallel = false;  // "tp": "auto"
  int64_t ep = 1;
  bool ep_given = false;  // "ep" was in the entry ("tp": "auto" overrides it)
  std::vector<int64_t> page_sizes = {1};
  bool sampling = false;  // add the sampler layer (generate's --sampling)
  size_t offset = 0;      // where the entry stands in the manifest
};

// A path the manifest names (its output, definitions, a model's config or sglang_impl) and
// where the value stands, so a check of the path can point at it.
struct ManifestPath {
  std::string key;       // "output", "definitions", "config" or "sglang_impl"
  std::string written;   // as the manifest writes it
  std::string resolved;  // joined to the manifest's directory
  size_t offset = 0;     // the value's first byte in the manifest's text
};

struct Manifest {
  std::string path;
  std::string text;
  std::string output;       // resolved
  std::string definitions;  // resolved; "" when absent
  std::vector<ManifestModel> models;
  std::vector<ManifestPath> paths;  // every non-empty path it names, in the order read
};

// Where a manifest's paths may lead (config/manifest_paths.h).
enum class ManifestPaths {
  kInsideRepository,  // refused when they resolve outside the manifest's repository
  kAnywhere,          // --allow-outside-repo
};

// Reads and checks a manifest: JSON syntax, required keys, types, unknown keys (with a
// "did you mean"), duplicate ids, then (kInsideRepository) where its paths lead. Every problem
// of the text is reported at once (kInput). Read through `files`.
Result<Manifest> LoadManifest(const std::string& path,
                              ManifestPaths allowed = ManifestPaths::kInsideRepository,
                              const FileReader& files = DiskFiles());

// The same from `text`, read from `path` (whose directory the paths are relative to), without
// looking at where the paths lead.
Result<Manifest> ManifestFromText(const std::string& path, const std::string& text);

}  // namespace fib
