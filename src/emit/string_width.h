// Display width of text as prettier measures it for printWidth.
#pragma once

#include <cstddef>
#include <string_view>

namespace fib {

// Columns `text` takes: East Asian wide and fullwidth characters and emoji count 2, combining
// marks 0, everything else 1 (an approximation of prettier's getStringWidth).
size_t DisplayWidth(std::string_view text);

}  // namespace fib
