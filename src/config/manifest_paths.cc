#include "config/manifest_paths.h"

#include <filesystem>
#include <optional>
#include <vector>

#include "base/line_index.h"
#include "base/path_boundary.h"
#include "base/repo_root.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "a manifest may only name files inside the repository that holds it (symlinks resolved); "
    "pass --allow-outside-repo to allow this";

// Why `path` is refused, or nothing when it resolves inside `boundary`.
std::optional<std::string> Escape(const ManifestPath& path, const fs::path& boundary,
                                  const std::string& where) {
  std::string named = "'" + path.key + "' names '" + path.written + "'";
  // The file system stops reading a path at a NUL byte: what would be opened is not what is
  // written, so no check of the written path could vouch for it.
  if (path.written.find('\0') != std::string::npos) return named + ", which holds a NUL byte";
  std::optional<fs::path> resolved = ResolvedPath(path.resolved);
  if (!resolved) return named + ", which cannot be resolved (a symlink loop, or no access)";
  if (IsWithin(boundary, *resolved)) return std::nullopt;
  return named + ", which resolves to " + resolved->string() + ", outside " + where;
}

}  // namespace

PathBoundary ManifestBoundary(const std::string& manifest_path) {
  std::optional<std::string> root = FindRepoRoot(manifest_path);
  if (root) return {*root, true};
  fs::path folder = fs::path(manifest_path).parent_path();
  std::optional<fs::path> resolved = ResolvedPath(folder.empty() ? "." : folder.string());
  return {resolved ? resolved->string() : folder.string(), false};
}

Status CheckManifestPaths(const Manifest& manifest, const PathBoundary& boundary) {
  std::string where = boundary.repository ? "the repository " + boundary.root
                                          : "the manifest's folder " + boundary.root +
                                                " (no repository holds the manifest)";
  std::vector<std::pair<size_t, std::string>> escapes;
  for (const ManifestPath& path : manifest.paths) {
    std::optional<std::string> escape = Escape(path, fs::path(boundary.root), where);
    if (escape) escapes.emplace_back(path.offset, *escape);
  }
  if (escapes.empty()) return Ok{};
  Diagnostic error = ErrorAt(ErrorKind::kInput, manifest.path, manifest.text, escapes.front().first,
                             escapes.front().second, kHelp);
  LineIndex index(manifest.text);
  for (size_t i = 1; i < escapes.size(); ++i) {
    error.notes.push_back(escapes[i].second + " (line " +
                          std::to_string(index.LineOf(escapes[i].first)) + ")");
  }
  return error;
}

}  // namespace fib
