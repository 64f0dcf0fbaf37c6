#include "base/invisible_chars.h"

#include <cstdint>
#include <cstdio>

namespace fib {

namespace {

bool IsInvisible(uint32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// Decodes the code point starting at `i` and advances `i` past it (a malformed byte reads as
// itself; validity is checked elsewhere).
uint32_t NextCodePoint(std::string_view text, size_t& i) {
  unsigned char lead = static_cast<unsigned char>(text[i++]);
  int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  uint32_t c = more == 0 ? lead : lead & (0x3F >> more);
  for (; more > 0 && i < text.size(); --more) c = (c << 6) | (text[i++] & 0x3F);
  return c;
}

}  // namespace

std::optional<std::string> FirstInvisibleCharacter(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    uint32_t c = NextCodePoint(text, i);
    if (!IsInvisible(c)) continue;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return std::string(buffer);
  }
  return std::nullopt;
}

}  // namespace fib
