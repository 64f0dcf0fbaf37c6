// How prettier spells object keys and strings in TypeScript.
#pragma once

#include <string>
#include <string_view>

namespace fib {

// A string literal in the preferred quotes (double, or single with `single_quote`) unless the
// value holds more of those than of the other kind (prettier's rule); backslashes, the
// enclosing quote, control characters and U+2028/2029 escaped.
std::string QuoteString(std::string_view value, bool single_quote = false);

// True when `key` may stand unquoted as prettier's quoteProps "as-needed" leaves it: an ES5
// IdentifierName of the Basic Multilingual Plane (a Unicode letter, '$' or '_', then also
// digits, marks and connector punctuation). Numeric keys stay quoted: in TypeScript prettier
// never unquotes them.
bool IsBareKey(std::string_view key);

// An object key: bare when `quoted` is false (the caller checked IsBareKey or chose so for the
// whole object, as quoteProps "consistent" does), else a string literal.
std::string PrintKey(std::string_view key, bool quoted, bool single_quote = false);

}  // namespace fib
