#include "base/provenance.h"

#include <filesystem>
#include <optional>
#include <system_error>
#include <vector>

#include "base/repo_root.h"

namespace fib {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> Parts(const fs::path& path) {
  std::vector<std::string> parts;
  for (const fs::path& part : path) parts.push_back(part.string());
  return parts;
}

// ".../models--Qwen--Qwen3-8B/snapshots/<rev>/config.json" → "Qwen/Qwen3-8B@<rev>".
std::optional<std::string> HuggingFaceLabel(const fs::path& path) {
  std::vector<std::string> parts = Parts(path);
  for (size_t i = 0; i + 3 < parts.size(); ++i) {
    const std::string& repo = parts[i];
    if (repo.rfind("models--", 0) != 0 || parts[i + 1] != "snapshots") continue;
    std::string name = repo.substr(8);
    size_t separator = name.find("--");
    if (separator != std::string::npos) name.replace(separator, 2, "/");
    std::string label = name + "@" + parts[i + 2];
    fs::path rest;
    for (size_t j = i + 3; j < parts.size(); ++j) rest /= parts[j];
    return rest == "config.json" ? label : label + "/" + rest.generic_string();
  }
  return std::nullopt;
}

// `path` relative to `root` when it lies inside it.
std::optional<std::string> Inside(const fs::path& path, const std::string& root) {
  fs::path relative = path.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

}  // namespace

std::string ProvenanceLabel(const std::string& config, const std::string& target) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(config, error), error);
  if (error) absolute = fs::absolute(config);
  if (std::optional<std::string> root = FindRepoRoot(target)) {
    if (std::optional<std::string> inside = Inside(absolute, *root)) return *inside;
  }
  if (std::optional<std::string> hub = HuggingFaceLabel(absolute)) return *hub;
  fs::path given(config);
  if (given.is_relative() && given.begin() != given.end() && *given.begin() != ".." &&
      *given.begin() != "~") {
    return given.generic_string();
  }
  return fs::path(config).filename().string();
}

}  // namespace fib
