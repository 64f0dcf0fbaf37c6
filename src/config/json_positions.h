// Where each value of a JSON text starts, in the pre-order nlohmann::ordered_json iterates,
// so problems found in the parsed value can be reported at file:line:col.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace fib {

struct JsonPosition {
  size_t key = static_cast<size_t>(-1);  // the member's key (objects only)
  size_t value = 0;                      // the value's first byte
};

struct JsonLayout {
  std::vector<JsonPosition> positions;  // one per value, pre-order
  std::optional<size_t> duplicate_key;  // first key repeated inside one object
};

// Scans `text`, which must be valid JSON (non-finite literals allowed as bare words).
JsonLayout ScanJsonLayout(std::string_view text);

}  // namespace fib
