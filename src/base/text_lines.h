// Where lines start and what indents them: the layout facts edits and element extents need.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fib {

// Offset of the start of the line holding `offset`.
size_t LineStartOf(std::string_view text, size_t offset);

// The spaces and tabs that begin the line holding `offset`.
std::string IndentationOfLine(std::string_view text, size_t offset);

// True when only spaces and tabs stand between the line start and `offset`. Costs the number of
// those blanks, not the length of the line.
bool StartsItsLine(std::string_view text, size_t offset);

// `text` with every JavaScript line terminator (CR, LF, U+2028, U+2029) written as an escape
// ("\n", "\u2028", ...), so it stays on one line inside a `//` comment.
std::string OnOneLine(std::string_view text);

}  // namespace fib
