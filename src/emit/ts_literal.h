// How prettier (quoteProps "as-needed", double quotes) spells keys and strings.
#pragma once

#include <string>
#include <string_view>

namespace fib {

// A string literal: double quotes unless the value holds more double than single quotes;
// backslashes, the enclosing quote, control characters and U+2028/2029 escaped.
std::string QuoteString(std::string_view value);

// An object key: bare when it is an identifier ([A-Za-z_$][A-Za-z0-9_$]*), else quoted.
std::string PrintKey(std::string_view key);

}  // namespace fib
