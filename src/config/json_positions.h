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
};

// Scans `text`, which must be valid JSON (non-finite literals allowed as bare words), in one
// pass. A key repeated inside an object makes the parsed value smaller than the text (the
// parser keeps one of the two), so the positions then run ahead of it: compare
// positions.size() with the parsed value count, and see FirstDuplicateKey.
JsonLayout ScanJsonLayout(std::string_view text);

// Where the first key repeated inside one object starts, if any (same preconditions). Costs a
// hash set of the keys of each object, which ScanJsonLayout does without.
std::optional<size_t> FirstDuplicateKey(std::string_view text);

}  // namespace fib
