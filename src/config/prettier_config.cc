#include "config/prettier_config.h"

#include <filesystem>
#include <optional>
#include <vector>

#include "base/glob.h"
#include "config/config_formats.h"
#include "config/editorconfig.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "write the options to a JSON or YAML file and pass it with --prettier-config PATH (or set "
    "prettier-config in [tool.fib-modelgen] of the repository's pyproject.toml)";

// prettier's search order within one folder (its CONFIG_FILES).
const std::vector<std::string>& ConfigNames() {
  static const std::vector<std::string> names = {
      "package.json",        "package.yaml",     ".prettierrc",         ".prettierrc.json",
      ".prettierrc.yml",     ".prettierrc.yaml", ".prettierrc.json5",   ".prettierrc.js",
      "prettier.config.js",  ".prettierrc.ts",   "prettier.config.ts",  ".prettierrc.mjs",
      "prettier.config.mjs", ".prettierrc.mts",  "prettier.config.mts", ".prettierrc.cjs",
      "prettier.config.cjs", ".prettierrc.cts",  "prettier.config.cts", ".prettierrc.toml",
  };
  return names;
}

std::string Shown(const fs::path& path) {
  std::error_code ec;
  fs::path relative = fs::relative(path, fs::current_path(ec), ec);
  if (ec || relative.empty() || *relative.begin() == "..") return path.string();
  return relative.string();
}

bool IsPackageFile(const fs::path& path) {
  return path.filename() == "package.json" || path.filename() == "package.yaml";
}

// How prettier reads the file, by its name; nothing for JavaScript and TypeScript.
std::optional<ConfigFormat> FormatOf(const fs::path& path) {
  std::string name = path.filename().string(), extension = path.extension().string();
  if (name == "package.json" || extension == ".json") return ConfigFormat::kJson;
  if (name == "package.yaml" || extension == ".yaml" || extension == ".yml" || extension.empty() ||
      name == ".prettierrc") {
    return ConfigFormat::kYaml;
  }
  if (extension == ".json5") return ConfigFormat::kJsonWithComments;
  if (extension == ".toml") return ConfigFormat::kToml;
  return std::nullopt;
}

// JavaScript's Boolean(value).
bool IsTruthy(const OrderedJson& value) {
  if (value.is_null()) return false;
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_number()) return value.get<double>() != 0;
  if (value.is_string()) return !value.get_ref<const std::string&>().empty();
  return true;
}

// The configuration value the file holds (a package file's `prettier` key; null when unset).
Result<OrderedJson> LoadValue(const fs::path& path, const FileReader& files) {
  std::optional<ConfigFormat> format = FormatOf(path);
  if (!format) {
    return Error(ErrorKind::kInput,
                 "cannot read the prettier configuration '" + Shown(path) +
                     "': fib-modelgen does not run JavaScript or TypeScript",
                 kHelp);
  }
  Result<std::string> text = files.Read(path.string());
  if (!text) return text.error();
  Result<OrderedJson> value = ParseConfigText(Shown(path), *text, *format);
  if (!value || !IsPackageFile(path)) return value;
  return value->is_object() && value->contains("prettier") ? (*value)["prettier"] : OrderedJson();
}

// Whether the folder's package file sets prettier's options (prettier skips it otherwise,
// also when it does not parse).
bool PackageSetsPrettier(const fs::path& path, const FileReader& files) {
  Result<OrderedJson> value = LoadValue(path, files);
  return value && IsTruthy(*value);
}

std::optional<fs::path> SearchConfig(const fs::path& folder, const FileReader& files) {
  for (fs::path at = folder;; at = at.parent_path()) {
    for (const std::string& name : ConfigNames()) {
      fs::path candidate = at / name;
      if (!files.Exists(candidate.string()) || files.IsDirectory(candidate.string())) continue;
      if (IsPackageFile(candidate) && !PackageSetsPrettier(candidate, files)) continue;
      return candidate;
    }
    if (at == at.parent_path()) return std::nullopt;
  }
}

// A `files` / `excludeFiles` value: one pattern or a list; a leading "./" is dropped.
std::vector<std::string> Patterns(const OrderedJson& value) {
  std::vector<std::string> patterns;
  for (const OrderedJson& item : value.is_array() ? value : OrderedJson::array({value})) {
    if (!item.is_string()) continue;
    std::string pattern = item.get<std::string>();
    patterns.push_back(pattern.rfind("./", 0) == 0 ? pattern.substr(2) : pattern);
  }
  return patterns;
}

// micromatch.isMatch(path, patterns, {ignore, basename}): with `basename`, a pattern without
// '/' is matched against the file name.
bool AnyMatches(const std::vector<std::string>& patterns, const std::vector<std::string>& ignore,
                const std::string& path, bool basename) {
  std::string name = fs::path(path).filename().string();
  auto matches = [&](const std::string& pattern) {
    bool by_name = basename && pattern.find('/') == std::string::npos;
    return GlobMatch(pattern, by_name ? name : path);
  };
  bool any = false;
  for (const std::string& pattern : patterns) any = any || matches(pattern);
  for (const std::string& pattern : ignore) any = any && !matches(pattern);
  return any;
}

// prettier's pathMatchesGlobs.
bool OverrideApplies(const OrderedJson& override_value, const std::string& relative) {
  std::vector<std::string> with_slash, without_slash;
  for (std::string& pattern : Patterns(override_value.value("files", OrderedJson()))) {
    (pattern.find('/') == std::string::npos ? without_slash : with_slash).push_back(pattern);
  }
  std::vector<std::string> ignore = Patterns(override_value.value("excludeFiles", OrderedJson()));
  return AnyMatches(without_slash, ignore, relative, true) ||
         AnyMatches(with_slash, ignore, relative, false);
}

Status ApplyOverrides(const OrderedJson& overrides, const fs::path& config_file,
                      const fs::path& target, PrettierOptions& options) {
  if (!overrides.is_array()) return Ok{};
  std::string relative = target.lexically_relative(config_file.parent_path()).generic_string();
  for (size_t i = 0; i < overrides.size(); ++i) {
    const OrderedJson& entry = overrides[i];
    if (!entry.is_object() || !OverrideApplies(entry, relative)) continue;
    OrderedJson override_options = entry.value("options", OrderedJson::object());
    if (!override_options.is_object()) continue;
    Result<PrettierOptions> read = OptionsFromJson(
        override_options, "'" + Shown(config_file) + "' (overrides[" + std::to_string(i) + "])");
    if (!read) return read.error();
    MergeOptions(options, *read);
  }
  return Ok{};
}

// The options `config_file` gives `target`, after its matching overrides.
Result<PrettierOptions> OptionsOfFile(const fs::path& config_file, const fs::path& target,
                                      const FileReader& files) {
  Result<OrderedJson> value = LoadValue(config_file, files);
  if (!value) return value.error();
  if (value->is_null()) return PrettierOptions{};  // an empty file: prettier's defaults
  if (value->is_string()) {
    return Error(ErrorKind::kInput,
                 "'" + Shown(config_file) + "' names the shared prettier configuration \"" +
                     value->get<std::string>() + "\", which fib-modelgen cannot load",
                 kHelp);
  }
  if (!value->is_object()) {
    return Error(ErrorKind::kInput, "the prettier configuration in '" + Shown(config_file) +
                                        "' must be an object, got " + DescribeJson(*value));
  }
  Result<PrettierOptions> options = OptionsFromJson(*value, "'" + Shown(config_file) + "'");
  if (!options) return options.error();
  Status overrides =
      ApplyOverrides(value->value("overrides", OrderedJson()), config_file, target, *options);
  if (!overrides) return overrides.error();
  return options;
}

}  // namespace

Result<PrettierConfig> ResolvePrettierConfig(const std::string& target,
                                             const std::string& explicit_config,
                                             const FileReader& files) {
  fs::path absolute = fs::absolute(target).lexically_normal();
  PrettierConfig config;
  config.options = EditorconfigOptions(absolute.string(), files);
  std::optional<fs::path> config_file =
      explicit_config.empty()
          ? SearchConfig(absolute.parent_path(), files)
          : std::optional<fs::path>(fs::absolute(explicit_config).lexically_normal());
  if (!config_file) return config;
  Result<PrettierOptions> options = OptionsOfFile(*config_file, absolute, files);
  if (!options) return options.error();
  MergeOptions(config.options, *options);
  config.config_file = config_file->string();
  return config;
}

}  // namespace fib
