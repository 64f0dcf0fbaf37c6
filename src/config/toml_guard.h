// What toml++ 3.3 (Debian 12's, and the pinned version) must not be given. Asked whether a
// character is white space, it reaches __builtin_unreachable() for U+00A1 to U+0499 and U+FB26
// to U+FEFE (github.com/marzer/tomlplusplus issues 190 and 295), and it asks in more places than
// a guard could list, some of them inside strings of a broken document (the fuzz targets found
// three). So it is only ever given ASCII: every non-ASCII character becomes an escape inside a
// string (a literal string holding one becomes a basic string of the same value) and '?'
// inside a comment; one anywhere else is not TOML and is refused. toml++ also asserts (and in
// a clang release build assumes) that no control character appears and that a table header
// starts with a key: both are refused first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "config/json_guard.h"

namespace fib {

struct AsciiToml {
  std::string text;                    // the same document in ASCII, with the same lines
  std::optional<JsonProblem> problem;  // set instead when `text` cannot be given to toml++
};

// `text` as toml++ may read it: the same values, the same line for every line, only the
// columns of lines holding non-ASCII characters moved.
AsciiToml ToAsciiToml(std::string_view text);

}  // namespace fib
