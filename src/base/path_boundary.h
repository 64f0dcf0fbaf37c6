// Whether a path stays inside a folder once symlinks are resolved: the check behind the trust
// boundary of a manifest (config/manifest_paths.h), kept apart from manifests so it is tested
// on paths alone.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace fib {

// True when `path` is `root` or lies below it, comparing whole components ("/a/bc" is not
// inside "/a/b"). Pure and lexical: both must already be absolute, normal and free of symlinks
// (as ResolvedPath gives them).
bool IsWithin(const std::filesystem::path& root, const std::filesystem::path& path);

// `path` made absolute (against the current directory) with every symlink resolved, dangling
// ones too, and its components from the first missing one on kept as written: the file that
// opening or creating `path` reaches. nullopt when it cannot be resolved (a symlink loop, no
// permission to look).
std::optional<std::filesystem::path> ResolvedPath(const std::string& path);

}  // namespace fib
