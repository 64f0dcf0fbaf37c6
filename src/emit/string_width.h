// Display width of text as prettier 3.10 measures it for printWidth (its getStringWidth).
#pragma once

#include <cstddef>
#include <string_view>

namespace fib {

// Columns `text` (UTF-8) takes in prettier's eyes: text made only of U+0020–U+007F counts one
// column a byte; otherwise an emoji sequence (a pictograph with U+FE0F, a skin tone, a ZWJ or
// tags after it, or a keycap) counts 2, and each other code point 0 when it is a control
// character or a non-spacing or enclosing mark, 2 when it is East Asian Wide or Fullwidth or
// a text-style emoji that takes a skin tone, else 1. Unicode data comes from utf8proc.
size_t DisplayWidth(std::string_view text);

}  // namespace fib
