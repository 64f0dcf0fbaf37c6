#include "config/editorconfig.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <vector>

#include "base/glob.h"
#include "base/limits.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

using Properties = std::map<std::string, std::string>;

struct Section {
  std::string glob;  // "" for the preamble before the first [section]
  Properties properties;
};

std::string Trim(const std::string& s) {
  size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// editorconfig's INI dialect; a line that is neither a section, a `key = value` nor a comment
// makes the whole file count as empty (as prettier's reader treats it).
std::optional<std::vector<Section>> ParseIni(const std::string& text) {
  std::vector<Section> sections(1);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string line =
        Trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    start = end == std::string::npos ? text.size() + 1 : end + 1;
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line[0] == '[') {
      if (line.back() != ']') return std::nullopt;
      sections.push_back({line.substr(1, line.size() - 2), {}});
      continue;
    }
    size_t equals = line.find('=');
    if (equals == std::string::npos) return std::nullopt;
    sections.back().properties[Lower(Trim(line.substr(0, equals)))] = Trim(line.substr(equals + 1));
  }
  return sections;
}

// `root = ...` as JavaScript's Boolean() sees the value prettier's reader makes of it.
bool IsTruthy(const std::string& value) {
  return !(value.empty() || value == "false" || value == "0" || value == "null");
}

// The folder where the search for .editorconfig files stops (prettier's project root).
fs::path ProjectRoot(fs::path folder, const FileReader& files) {
  for (fs::path at = folder;; at = at.parent_path()) {
    if (files.Exists((at / ".git").string()) || files.IsDirectory((at / ".hg").string())) {
      return at;
    }
    if (at == at.parent_path()) return at;
  }
}

// `text` with glob metacharacters escaped (the folder part of a section's glob).
std::string EscapeGlob(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("*?[]{}\\").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Whether section `glob` of the .editorconfig in `folder` applies to `target`.
bool SectionMatches(const std::string& glob, const fs::path& folder, const std::string& target) {
  if (glob.empty()) return false;
  for (const fs::path& part : fs::path(glob)) {
    if (part == "..") return false;
  }
  std::string pattern = glob.find('/') == std::string::npos ? "**/" + glob
                        : glob[0] == '/'                    ? glob.substr(1)
                                                            : glob;
  std::string prefix = folder.string();
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  return GlobMatch(EscapeGlob(prefix) + pattern, target);
}

// A value as prettier's reader holds it: known enumerations lower-cased, then JSON numbers and
// booleans parsed (so "4" is the number 4, "off" stays text).
std::string Normalized(const std::string& key, const std::string& value) {
  return key == "indent_style" || key == "indent_size" ? Lower(value) : value;
}

std::optional<size_t> PositiveInteger(const std::string& value) {
  // JSON.parse's integers: digits without a leading zero.
  if (value.empty() || value.size() > 15 || value[0] == '0' ||
      value.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  size_t number = std::stoull(value);
  return number > 0 ? std::optional<size_t>(number) : std::nullopt;
}

// An indentation width: a positive integer up to kMaxTabWidth (a larger one is ignored, like
// any value prettier's reader cannot use, rather than printed).
std::optional<size_t> Width(const std::string& value) {
  std::optional<size_t> width = PositiveInteger(value);
  return width && *width <= kMaxTabWidth ? width : std::nullopt;
}

// editorconfig's defaults between its keys, then prettier's mapping to its options.
PrettierOptions ToPrettier(Properties props) {
  if (props.count("indent_style") && props["indent_style"] == "tab" &&
      !props.count("indent_size")) {
    props["indent_size"] = "tab";
  }
  if (props.count("indent_size") && !props.count("tab_width") && props["indent_size"] != "tab") {
    props["tab_width"] = props["indent_size"];
  }
  if (props.count("indent_size") && props.count("tab_width") && props["indent_size"] == "tab") {
    props["indent_size"] = props["tab_width"];
  }
  PrettierOptions options;
  if (props["indent_style"] == "space") {
    options.use_tabs = false;
  } else if (props["indent_style"] == "tab" || props["indent_size"] == "tab") {
    options.use_tabs = true;
  }
  if (options.use_tabs == false && Width(props["indent_size"])) {
    options.tab_width = Width(props["indent_size"]);
  } else if (Width(props["tab_width"])) {
    options.tab_width = Width(props["tab_width"]);
  }
  if (props["max_line_length"] == "off") {
    options.print_width = kUnlimitedWidth;
  } else if (PositiveInteger(props["max_line_length"])) {
    options.print_width = PositiveInteger(props["max_line_length"]);
  }
  if (props["quote_type"] == "single") options.single_quote = true;
  if (props["quote_type"] == "double") options.single_quote = false;
  return options;
}

}  // namespace

PrettierOptions EditorconfigOptions(const std::string& target, const FileReader& files) {
  fs::path folder = fs::path(target).parent_path();
  fs::path root = ProjectRoot(folder, files);
  std::vector<std::pair<fs::path, std::vector<Section>>> found;  // nearest first
  for (fs::path at = folder;; at = at.parent_path()) {
    Result<std::string> text = files.Read((at / ".editorconfig").string());
    if (text) {
      std::vector<Section> sections = ParseIni(*text).value_or(std::vector<Section>(1));
      bool is_root = IsTruthy(sections.front().properties["root"]);
      found.emplace_back(at, std::move(sections));
      if (is_root) break;
    }
    if (at == root || at == at.parent_path()) break;
  }
  Properties props;
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    for (const Section& section : it->second) {
      if (!SectionMatches(section.glob, it->first, target)) continue;
      for (const auto& [key, value] : section.properties) props[key] = Normalized(key, value);
    }
  }
  return ToPrettier(std::move(props));
}

}  // namespace fib
