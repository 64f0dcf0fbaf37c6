#include "config/config_formats.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <regex>
#include <sstream>
#include <utility>
#include <vector>

#include "base/limits.h"
#include "base/line_index.h"
#include "config/toml_reader.h"

namespace fib {

namespace {

// The value of `digits` in `base`, as a double (so any length is a number, as in JavaScript).
double Digits(const std::string& digits, int base) {
  double value = 0;
  for (char c : digits) {
    int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10;
    value = value * base + digit;
  }
  return value;
}

// A plain YAML scalar typed by the YAML 1.2 core schema.
OrderedJson PlainScalar(const std::string& s) {
  static const std::regex null_word("~|null|Null|NULL");
  static const std::regex bool_word("true|True|TRUE|false|False|FALSE");
  static const std::regex decimal("[-+]?[0-9]+");
  static const std::regex octal("0o[0-7]+");
  static const std::regex hex("0x[0-9a-fA-F]+");
  static const std::regex real("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  static const std::regex infinity("[-+]?\\.(inf|Inf|INF)");
  static const std::regex nan("\\.(nan|NaN|NAN)");
  if (s.empty() || std::regex_match(s, null_word)) return nullptr;
  if (std::regex_match(s, bool_word)) return s[0] == 't' || s[0] == 'T';
  // strtod, not stod: like JavaScript's parseFloat, a number past a double's range is an
  // infinity, where stod throws.
  if (std::regex_match(s, decimal) || std::regex_match(s, real)) {
    return std::strtod(s.c_str(), nullptr);
  }
  if (std::regex_match(s, octal)) return Digits(s.substr(2), 8);
  if (std::regex_match(s, hex)) return Digits(s.substr(2), 16);
  if (std::regex_match(s, infinity)) {
    return (s[0] == '-' ? -1 : 1) * std::numeric_limits<double>::infinity();
  }
  if (std::regex_match(s, nan)) return std::numeric_limits<double>::quiet_NaN();
  return s;
}

// Integral numbers become JSON integers, as JSON.parse's values compare in JavaScript.
OrderedJson Number(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15) {
    return static_cast<int64_t>(value);
  }
  return value;
}

// Converts yaml-cpp's nodes, which share an aliased node instead of copying it: a document of
// a few lines can stand for billions of values (nested aliases) or for an endless one (an
// alias inside its own anchor). The conversion copies, so it stops at kMaxNestingDepth levels
// and after kMaxYamlValues values, with an error.
class YamlConverter {
 public:
  std::optional<std::string> problem;

  OrderedJson Convert(const YAML::Node& node, size_t depth = 0) {
    if (problem || !Admit(depth)) return nullptr;
    switch (node.Type()) {
      case YAML::NodeType::Sequence: {
        OrderedJson array = OrderedJson::array();
        for (const YAML::Node& item : node) array.push_back(Convert(item, depth + 1));
        return array;
      }
      case YAML::NodeType::Map: {
        OrderedJson object = OrderedJson::object();
        for (const auto& member : node)
          object[member.first.as<std::string>()] = Convert(member.second, depth + 1);
        return object;
      }
      case YAML::NodeType::Scalar: {
        // yaml-cpp tags a quoted scalar "!" and a plain one "?"; an explicit !!str is a string.
        if (node.Tag() != "?") return node.Scalar();
        OrderedJson value = PlainScalar(node.Scalar());
        return value.is_number() ? Number(value.get<double>()) : value;
      }
      default:
        return nullptr;
    }
  }

 private:
  bool Admit(size_t depth) {
    if (depth > kMaxNestingDepth) {
      problem = "nested deeper than the limit of " + std::to_string(kMaxNestingDepth) +
                " sequences and mappings (an alias inside its own anchor?)";
    } else if (++values_ > kMaxYamlValues) {
      problem =
          "more than " + std::to_string(kMaxYamlValues) + " values once its aliases are expanded";
    }
    return !problem;
  }

  size_t values_ = 0;
};

Result<OrderedJson> ParseYaml(const std::string& path, const std::string& text) {
  try {
    YamlConverter converter;
    OrderedJson value = converter.Convert(YAML::Load(text));
    if (!converter.problem) return value;
    return ErrorAt(ErrorKind::kInput, path, text, 0, "invalid YAML: " + *converter.problem,
                   "write the options without nested aliases");
  } catch (const YAML::Exception& error) {
    size_t offset = OffsetOfLineColumn(text, static_cast<size_t>(std::max(error.mark.line, 0)),
                                       static_cast<size_t>(std::max(error.mark.column, 0)));
    return ErrorAt(ErrorKind::kInput, path, text, offset, "invalid YAML: " + error.msg,
                   "fix the YAML syntax at this position");
  }
}

// True when `value` nests arrays and objects deeper than kMaxNestingDepth: later walks over it
// (printing it in an error message) recurse. Walks with a stack of its own.
bool NestsTooDeep(const OrderedJson& value) {
  std::vector<std::pair<const OrderedJson*, size_t>> pending = {{&value, 1}};
  while (!pending.empty()) {
    auto [at, depth] = pending.back();
    pending.pop_back();
    if (!at->is_structured()) continue;
    if (depth > kMaxNestingDepth) return true;
    for (const OrderedJson& child : *at) pending.emplace_back(&child, depth + 1);
  }
  return false;
}

OrderedJson FromToml(const toml::node& node) {
  if (const toml::table* table = node.as_table()) {
    OrderedJson object = OrderedJson::object();
    for (const auto& [key, value] : *table) object[std::string(key.str())] = FromToml(value);
    return object;
  }
  if (const toml::array* array = node.as_array()) {
    OrderedJson items = OrderedJson::array();
    for (const toml::node& item : *array) items.push_back(FromToml(item));
    return items;
  }
  if (auto s = node.value_exact<std::string>()) return *s;
  if (auto b = node.value_exact<bool>()) return *b;
  if (auto i = node.value_exact<int64_t>()) return *i;
  if (auto d = node.value_exact<double>()) return Number(*d);
  std::ostringstream text;  // dates and times
  node.visit([&text](const auto& value) { text << value; });
  return text.str();
}

Result<OrderedJson> ParseToml(const std::string& path, const std::string& text) {
  Result<toml::table> table = ParseTomlTable(path, text, "fix the TOML syntax at this position");
  if (!table) return table.error();
  OrderedJson value = FromToml(*table);
  if (!NestsTooDeep(value)) return value;
  return ErrorAt(ErrorKind::kInput, path, text, 0,
                 "invalid TOML: nested deeper than the limit of " +
                     std::to_string(kMaxNestingDepth) + " arrays and tables");
}

// JSON with // and /* */ comments, as nlohmann reads it when asked to ignore them. (Comments
// may hold anything, so the guard of plain JSON, which scans the text, does not apply.)
Result<OrderedJson> ParseJsonWithComments(const std::string& path, const std::string& text) {
  try {
    OrderedJson value = OrderedJson::parse(text, nullptr, true, true);
    if (!NestsTooDeep(value)) return value;
    return ErrorAt(ErrorKind::kInput, path, text, 0,
                   "invalid JSON: nested deeper than the limit of " +
                       std::to_string(kMaxNestingDepth) + " arrays and objects");
  } catch (const nlohmann::json::out_of_range&) {
    return ErrorAt(ErrorKind::kInput, path, text, 0, "invalid JSON: a number is out of range");
  } catch (const nlohmann::json::parse_error& error) {
    size_t offset = std::min(error.byte == 0 ? 0 : error.byte - 1, text.size());
    return ErrorAt(ErrorKind::kInput, path, text, offset,
                   "fib-modelgen reads JSON5 only as JSON with comments",
                   "write the options as JSON or YAML, or pass such a file with "
                   "--prettier-config PATH");
  }
}

}  // namespace

size_t OffsetOfLineColumn(const std::string& text, size_t line, size_t column) {
  size_t offset = 0;
  for (size_t i = 0; i < line && offset < text.size(); ++i) {
    size_t newline = text.find('\n', offset);
    offset = newline == std::string::npos ? text.size() : newline + 1;
  }
  size_t line_end = std::min(text.find('\n', offset), text.size());
  return std::min(offset + column, line_end);
}

Result<OrderedJson> ParseConfigText(const std::string& path, const std::string& text,
                                    ConfigFormat format) {
  // Like prettier, a UTF-8 byte order mark is not part of the text.
  std::string body = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? text.substr(3) : text;
  switch (format) {
    case ConfigFormat::kJson:
      return ParseJsonText(path, body, false);
    case ConfigFormat::kJsonWithComments:
      return ParseJsonWithComments(path, body);
    case ConfigFormat::kYaml:
      return ParseYaml(path, body);
    case ConfigFormat::kToml:
      return ParseToml(path, body);
  }
  return OrderedJson();
}

}  // namespace fib
