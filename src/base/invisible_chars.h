// Characters that make an id look like something it is not: C0/C1 controls (NUL among them),
// the line and paragraph separators (U+2028, U+2029: line breaks to JavaScript tooling) and the
// bidirectional controls (U+202E can make "evil" display as "live").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fib {

// The first such character of `text` as "U+XXXX", if any (`text` is UTF-8).
std::optional<std::string> FirstInvisibleCharacter(std::string_view text);

}  // namespace fib
