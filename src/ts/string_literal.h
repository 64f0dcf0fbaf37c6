// Decoding of JavaScript string literal bodies (the text between the quotes).
#pragma once

#include <string>
#include <string_view>

namespace fib {

// Decodes escapes (\n, \xHH, \uHHHH with surrogate pairs, \u{...}, line continuations,
// \0, and identity escapes) into UTF-8. Unknown escapes keep the escaped character.
std::string DecodeStringBody(std::string_view body);

}  // namespace fib
