// Small UTF-8 helpers: the project counts columns and widths in code points.
#pragma once

#include <cstddef>
#include <string_view>

namespace fib {

// True for bytes 10xxxxxx, which continue a multi-byte sequence.
inline bool IsUtf8Continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Number of code points in `text` (continuation bytes are not counted).
size_t CodePointCount(std::string_view text);

// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace fib
