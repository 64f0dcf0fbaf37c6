// JSON string literals for hand-assembled JSON output.
#pragma once

#include <string>
#include <string_view>

namespace fib {

// `value` as a JSON string literal, quotes and escapes included.
std::string JsonQuote(std::string_view value);

}  // namespace fib
