#include "app/format_settings.h"

#include "base/file_reader.h"
#include "base/repo_root.h"
#include "config/prettier_config.h"

namespace fib {

Result<PrintStyle> PrintStyleFor(const std::string& target, const std::string& prettier_config) {
  DiskFileReader files;
  Result<PrettierConfig> config = ResolvePrettierConfig(target, prettier_config, files);
  if (!config) return config.error();
  return StyleFromOptions(config->options);
}

std::string TargetFile(const std::string& given, const ToolDefaults& defaults) {
  if (!given.empty()) return given;
  if (!defaults.file.empty()) return defaults.file;
  return ResolveAgainstRepoRoot(kDefaultModelsPath);
}

std::string ArrayName(const std::string& given, const ToolDefaults& defaults) {
  return given.empty() ? defaults.array : given;
}

Result<ToolDefaults> RepositoryDefaults() {
  std::optional<std::string> root = FindRepoRoot(".");
  if (!root) return ToolDefaults{};
  DiskFileReader files;
  return LoadToolDefaults(*root, files);
}

}  // namespace fib
