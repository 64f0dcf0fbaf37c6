// Parsing JSON text with nlohmann/json, with errors located at file:line:col.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "base/result.h"
#include "config/json_object_map.h"

namespace fib {

// Members keep the order of the text (what is printed follows it), found through a hash index.
using OrderedJson = nlohmann::basic_json<IndexedObjectMap>;

// Parses `text` (read from `path`). When `allow_non_finite`, the bare literals Infinity,
// -Infinity and NaN (found in real HuggingFace configs) are accepted as numbers.
Result<OrderedJson> ParseJsonText(const std::string& path, const std::string& text,
                                  bool allow_non_finite);

struct JsonFile {
  std::string text;
  OrderedJson json;
};

// Parses `text`, read from `path` (non-finite literals allowed); the value must be an object,
// else a kInput error saying "expected a JSON object (`what`)".
Result<JsonFile> ParseJsonObjectText(const std::string& path, std::string text,
                                     const std::string& what);

// How many values `json` holds, itself included: the step from one value to the next in
// the pre-order that json_positions.h scans.
size_t JsonValueCount(const OrderedJson& json);

// Pre-order position of member `key` of `object`, whose own position is `object_position`;
// `object_position` itself when there is no such member (errors then point at the object).
size_t JsonMemberPosition(const OrderedJson& object, const std::string& key,
                          size_t object_position);

// "a string", "a number", ... for messages.
std::string DescribeJson(const OrderedJson& value);

}  // namespace fib
