// The trust boundary of a manifest: every path it names (its output, its definitions, each
// model's config and sglang_impl) must resolve, symlinks followed, inside the repository that
// holds the manifest. A manifest arrives with a pull request like any other file; without the
// boundary, one could make `refresh` overwrite a file anywhere the user may write, or read one
// anywhere and print its lines in an error. `--allow-outside-repo` lifts it.
#pragma once

#include <string>

#include "base/result.h"
#include "config/manifest.h"

namespace fib {

// The folder a manifest's paths must stay in.
struct PathBoundary {
  std::string root;        // absolute, symlinks resolved
  bool repository = true;  // false: no repository holds the manifest; root is its folder
};

// The repository holding the manifest at `manifest_path` (the nearest folder at or above it
// with `.git`), or the manifest's own folder when no repository holds it.
PathBoundary ManifestBoundary(const std::string& manifest_path);

// Ok when every path of `manifest` resolves inside `boundary`; else a kInput error at the first
// path that does not (or cannot be resolved, or holds a NUL byte), saying where it leads, with
// a note per further one and a help line naming --allow-outside-repo.
Status CheckManifestPaths(const Manifest& manifest, const PathBoundary& boundary);

}  // namespace fib
