// For tests/e2e/prettier_e2e.sh: reads lines of hexadecimal code points ("1f44d 1f3fd") and
// prints, for each, the text's DisplayWidth and whether its first code point is unassigned in
// the Unicode version utf8proc holds ("2 0"), so the script can set fib-modelgen's widths
// beside prettier's getStringWidth.
#include <utf8proc.h>

#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>

#include "emit/string_width.h"

namespace {

std::string Utf8(int32_t cp) {
  utf8proc_uint8_t bytes[4];
  utf8proc_ssize_t length = utf8proc_encode_char(cp, bytes);
  return std::string(reinterpret_cast<char*>(bytes), static_cast<size_t>(length));
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream points(line);
    std::string text;
    int32_t first = -1;
    for (std::string hex; points >> hex;) {
      int32_t cp = static_cast<int32_t>(std::stoul(hex, nullptr, 16));
      if (first < 0) first = cp;
      text += Utf8(cp);
    }
    bool unassigned = first >= 0 && utf8proc_category(first) == UTF8PROC_CATEGORY_CN;
    std::cout << fib::DisplayWidth(text) << ' ' << (unassigned ? 1 : 0) << '\n';
  }
  return 0;
}
