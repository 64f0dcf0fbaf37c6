#include "config/tool_defaults.h"

#include <filesystem>
#include <map>
#include <vector>

#include "base/line_index.h"
#include "base/suggest.h"
#include "config/config_formats.h"
#include "config/toml_reader.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp = "see \"Inside the FlashInfer-Bench repository\" in the README";

// Byte offset of a toml++ source position (1-based line and column) in `text`.
// The field each key fills, and whether its value is a path (joined to the root).
struct Field {
  std::string ToolDefaults::*member;
  bool is_path;
};

const std::map<std::string, Field>& Fields() {
  static const std::map<std::string, Field> fields = {
      {"file", {&ToolDefaults::file, true}},
      {"manifest", {&ToolDefaults::manifest, true}},
      {"definitions", {&ToolDefaults::definitions, true}},
      {"array", {&ToolDefaults::array, false}},
      {"prettier-config", {&ToolDefaults::prettier_config, true}},
  };
  return fields;
}

std::vector<std::string> Keys() {
  std::vector<std::string> keys;
  for (const auto& [key, field] : Fields()) keys.push_back(key);
  return keys;
}

}  // namespace

Result<ToolDefaults> LoadToolDefaults(const std::string& repo_root, const FileReader& files) {
  std::string path = (fs::path(repo_root) / "pyproject.toml").string();
  ToolDefaults defaults;
  if (!files.Exists(path)) return defaults;
  Result<std::string> text = files.Read(path);
  if (!text) return text.error();
  Result<toml::table> document = ParseTomlTable(path, *text, "");
  if (!document) return document.error();
  const toml::table* table = (*document)["tool"]["fib-modelgen"].as_table();
  if (!table) return defaults;
  for (const auto& [key, value] : *table) {
    std::string name(key.str());
    auto field = Fields().find(name);
    size_t offset = OffsetOfTomlPosition(*text, key.source().begin);
    if (field == Fields().end()) {
      std::string hint = ClosestMatch(name, Keys());
      return ErrorAt(ErrorKind::kInput, path, *text, offset,
                     "unknown key '" + name + "' in [tool.fib-modelgen]" +
                         (hint.empty() ? "" : " (did you mean '" + hint + "'?)"),
                     kHelp);
    }
    std::optional<std::string> string = value.value_exact<std::string>();
    if (!string || string->empty()) {
      return ErrorAt(ErrorKind::kInput, path, *text,
                     OffsetOfTomlPosition(*text, value.source().begin),
                     "'" + name + "' in [tool.fib-modelgen] must be a non-empty string", kHelp);
    }
    defaults.*(field->second.member) =
        field->second.is_path ? (fs::path(repo_root) / *string).lexically_normal().string()
                              : *string;
  }
  return defaults;
}

}  // namespace fib
