// What toml++ 3.3 (Debian 12's, and the pinned version) cannot be given: a non-ASCII
// character where its parser asks whether a character is whitespace reaches a
// __builtin_unreachable() in its Unicode tables (code points U+00A1 to U+0499;
// github.com/marzer/tomlplusplus issues 190 and 295), which is undefined behaviour, not an
// error. Found by fuzz/pyproject_fuzzer.cc. Outside strings and comments such a character is
// never valid TOML; after a backslash (and white space) in a multi-line string it may be,
// but is rare. Nor a
// control character, which no TOML document may hold and on which toml++ asserts.
#pragma once

#include <optional>
#include <string_view>

#include "config/json_guard.h"

namespace fib {

// The first such character in `text`, with the message to report, if any.
std::optional<JsonProblem> FindTomlHazard(std::string_view text);

}  // namespace fib
