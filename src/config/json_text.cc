#include "config/json_text.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "base/line_index.h"
#include "config/json_guard.h"
#include "config/json_positions.h"

namespace fib {

namespace {

constexpr const char* kPlaceholderPrefix = "\"\\u0000fib-nonfinite:";

// Offsets where the rewritten text grew, with the growth so far: maps errors back.
using Shifts = std::vector<std::pair<size_t, size_t>>;

// Rewrites bare Infinity / -Infinity / NaN outside strings into marker strings, so
// nlohmann's strict parser accepts the text; RestoreNonFinite turns markers into doubles.
std::string ReplaceNonFinite(const std::string& text, Shifts& shifts) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size())
        out += text[++i];
      else if (c == '"')
        in_string = false;
      continue;
    }
    bool replaced = false;
    for (std::string_view word : {"-Infinity", "Infinity", "NaN"}) {
      if (c != word[0]) continue;  // most characters start none of them: skip the comparison
      if (text.compare(i, word.size(), word) != 0) continue;
      out += std::string(kPlaceholderPrefix) + std::string(word) + "\"";
      i += word.size() - 1;
      shifts.emplace_back(out.size(), out.size() - (i + 1));
      replaced = true;
      break;
    }
    if (replaced) continue;
    in_string = c == '"';
    out += c;
  }
  return out;
}

// The key string starting at `offset`, quoted as written (at most 60 bytes of it).
std::string KeyAt(const std::string& text, size_t offset) {
  size_t end = offset + 1;
  while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
  std::string key = text.substr(offset, std::min(end + 1, text.size()) - offset);
  return key.size() > 60 ? key.substr(0, 57) + "...\"" : key;
}

size_t OriginalOffset(size_t offset, const Shifts& shifts) {
  size_t delta = 0;
  for (const auto& [at, growth] : shifts) {
    if (at <= offset) delta = growth;
  }
  return offset - delta;
}

void RestoreNonFinite(OrderedJson& value) {
  if (value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    const std::string prefix = std::string("\0fib-nonfinite:", 15);
    if (s.compare(0, prefix.size(), prefix) != 0) return;
    std::string word = s.substr(prefix.size());
    double inf = std::numeric_limits<double>::infinity();
    value = word == "NaN"        ? std::numeric_limits<double>::quiet_NaN()
            : word == "Infinity" ? inf
                                 : -inf;
  } else if (value.is_structured()) {
    for (auto& item : value) RestoreNonFinite(item);
  }
}

}  // namespace

Result<OrderedJson> ParseJsonText(const std::string& path, const std::string& text,
                                  bool allow_non_finite) {
  if (std::optional<JsonProblem> hazard = FindJsonHazard(text)) {
    return ErrorAt(ErrorKind::kInput, path, text, hazard->offset,
                   "invalid JSON: " + hazard->message);
  }
  Shifts shifts;
  std::string input = allow_non_finite ? ReplaceNonFinite(text, shifts) : text;
  try {
    OrderedJson value = OrderedJson::parse(input);
    if (allow_non_finite) RestoreNonFinite(value);
    if (std::optional<size_t> duplicate = FirstDuplicateKey(text)) {
      return ErrorAt(
          ErrorKind::kInput, path, text, *duplicate,
          "duplicate key " + KeyAt(text, *duplicate) + " (JSON readers keep only one of them)",
          "remove or rename one of the two keys");
    }
    return value;
  } catch (const nlohmann::json::out_of_range&) {
    // FindJsonHazard finds what nlohmann rejects this way; kept so no exception ever escapes.
    return ErrorAt(ErrorKind::kInput, path, text, 0, "invalid JSON: a number is out of range");
  } catch (const nlohmann::json::parse_error& error) {
    size_t offset = OriginalOffset(error.byte == 0 ? 0 : error.byte - 1, shifts);
    if (offset > text.size()) offset = text.size();
    bool truncated = offset >= text.size();
    return ErrorAt(ErrorKind::kInput, path, text, offset,
                   truncated ? "invalid JSON: the text ends before the value is complete"
                             : "invalid JSON: unexpected character",
                   "fix the JSON syntax at this position");
  }
}

Result<JsonFile> ParseJsonObjectText(const std::string& path, std::string text,
                                     const std::string& what) {
  Result<OrderedJson> json = ParseJsonText(path, text, true);
  if (!json) return json.error();
  if (!json->is_object()) {
    return ErrorAt(ErrorKind::kInput, path, text, 0, "expected a JSON object (" + what + ")");
  }
  return JsonFile{std::move(text), std::move(json).value()};
}

size_t JsonValueCount(const OrderedJson& json) {
  size_t count = 1;
  if (json.is_structured()) {
    for (const auto& child : json) count += JsonValueCount(child);
  }
  return count;
}

size_t JsonMemberPosition(const OrderedJson& object, const std::string& key,
                          size_t object_position) {
  size_t position = object_position + 1;
  for (const auto& [name, child] : object.items()) {
    if (name == key) return position;
    position += JsonValueCount(child);
  }
  return object_position;
}

std::string DescribeJson(const OrderedJson& value) {
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "null";
}

}  // namespace fib
