// The repository a file belongs to: the nearest directory at or above it holding `.git`
// (a directory, or a file for worktrees and submodules). Relative defaults resolve against
// it, so every command works from any folder of a checkout.
#pragma once

#include <optional>
#include <string>

namespace fib {

// The repository root of `path` (a file or directory, existing or not: the search starts at
// its nearest existing ancestor), absolute and without symlinks; nullopt outside any.
std::optional<std::string> FindRepoRoot(const std::string& path);

// A default path written relative to the repository root (`web/apps/web/data/models.ts`):
// joined to the root of the current directory, or left as it is outside a repository.
std::string ResolveAgainstRepoRoot(const std::string& relative_default);

// `path` as the repository sees it: relative to its repository root, with '/' separators
// ("web/apps/web/data/models.ts", what GitHub annotations name); `path` as given outside any
// repository.
std::string RepoRelativePath(const std::string& path);

}  // namespace fib
