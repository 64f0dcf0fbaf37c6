// JSON string literals for hand-assembled JSON output.
#pragma once

#include <string>
#include <string_view>

namespace fib {

// `value` as a JSON string literal, quotes and escapes included. Bytes that are not UTF-8
// (a user's file may hold any) become U+FFFD rather than an error.
std::string JsonQuote(std::string_view value);

}  // namespace fib
