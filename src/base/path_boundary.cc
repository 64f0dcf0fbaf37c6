#include "base/path_boundary.h"

#include <algorithm>
#include <deque>
#include <system_error>

namespace fib {

namespace fs = std::filesystem;

bool IsWithin(const fs::path& root, const fs::path& path) {
  // A trailing separator ("/repo/") leaves an empty last component, which matches nothing.
  fs::path base = root.has_filename() ? root : root.parent_path();
  auto [root_end, path_at] = std::mismatch(base.begin(), base.end(), path.begin(), path.end());
  return root_end == base.end();
}

// Resolved one component at a time, as the kernel resolves a path when it opens it: a symlink's
// target replaces it (also a dangling one, which std::filesystem::weakly_canonical would keep as
// a name and so let a write create a file outside), ".." climbs from what is resolved so far,
// and the components from the first missing one on are taken as they are.
std::optional<fs::path> ResolvedPath(const std::string& path) {
  constexpr int kMaxSymlinks = 40;  // Linux's limit before ELOOP
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  if (error) return std::nullopt;
  std::deque<fs::path> pending(++absolute.begin(), absolute.end());
  fs::path resolved = absolute.root_path();
  int symlinks = 0;
  while (!pending.empty()) {
    fs::path part = std::move(pending.front());
    pending.pop_front();
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      resolved = resolved.parent_path();
      continue;
    }
    fs::path next = resolved / part;
    fs::file_status status = fs::symlink_status(next, error);
    if (error && status.type() != fs::file_type::not_found) return std::nullopt;
    if (!fs::is_symlink(status)) {
      resolved = std::move(next);
      continue;
    }
    fs::path target = fs::read_symlink(next, error);
    if (error || ++symlinks > kMaxSymlinks) return std::nullopt;
    if (target.is_absolute()) resolved = target.root_path();
    auto first = target.is_absolute() ? ++target.begin() : target.begin();
    pending.insert(pending.begin(), first, target.end());
  }
  return resolved;
}

}  // namespace fib
