#include "base/repo_root.h"

#include <filesystem>
#include <system_error>

namespace fib {

namespace fs = std::filesystem;

std::optional<std::string> FindRepoRoot(const std::string& path) {
  std::error_code error;
  fs::path dir = fs::absolute(path.empty() ? "." : path, error);
  if (error) return std::nullopt;
  while (!dir.empty() && !fs::is_directory(dir, error)) {
    if (dir == dir.parent_path()) return std::nullopt;
    dir = dir.parent_path();
  }
  dir = fs::weakly_canonical(dir, error);
  for (; !error; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return dir.string();
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

std::string ResolveAgainstRepoRoot(const std::string& relative_default) {
  std::optional<std::string> root = FindRepoRoot(".");
  return root ? (fs::path(*root) / relative_default).string() : relative_default;
}

std::string RepoRelativePath(const std::string& path) {
  std::optional<std::string> root = FindRepoRoot(path);
  if (!root) return path;
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path, error), error);
  if (error) return path;
  fs::path relative = absolute.lexically_relative(*root);
  if (relative.empty() || *relative.begin() == "..") return path;
  return relative.generic_string();
}

}  // namespace fib
