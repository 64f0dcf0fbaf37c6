// An edit is plain data; ApplyEdits is the one place text is changed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace fib {

// Replace bytes [begin, end) with `text`. begin == end inserts.
struct Edit {
  size_t begin = 0;
  size_t end = 0;
  std::string text;
};

// Applies `edits` (in any order; inserts at one point keep their given order; they must not
// overlap) to `text`, copying every other byte verbatim. Overlapping edits are a kVerify error.
// The edits' texts are not copied (a refresh of every model holds a file's worth of them).
Result<std::string> ApplyEdits(std::string_view text, const std::vector<Edit>& edits);

// The order to apply `edits` in: by begin, inserts at one point in their given order.
std::vector<const Edit*> InOffsetOrder(const std::vector<Edit>& edits);

}  // namespace fib
