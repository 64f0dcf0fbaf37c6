#include "emit/string_width.h"

#include <utf8proc.h>

#include <cstdint>
#include <vector>

namespace fib {

namespace {

struct Range {
  utf8proc_int32_t first;
  utf8proc_int32_t last;
};

bool InRanges(utf8proc_int32_t cp, const std::vector<Range>& ranges) {
  for (const Range& range : ranges) {
    if (cp >= range.first && cp <= range.last) return true;
  }
  return false;
}

// Wide in prettier's Unicode 17 tables (get-east-asian-width) but not in utf8proc 2.8's Unicode
// 15: the symbols Unicode 16 made Wide, and the text-style emoji that take a skin tone, which
// prettier's emoji pattern counts 2 although they are not Wide. Measured against prettier 3.10.1
// over every code point (tests/e2e/prettier_e2e.sh repeats the comparison).
const std::vector<Range>& ExtraWide() {
  static const std::vector<Range> ranges = {
      {0x261D, 0x261D},   {0x2630, 0x2637},   {0x268A, 0x268F},   {0x26F9, 0x26F9},
      {0x270C, 0x270D},   {0x4DC0, 0x4DFF},   {0x1D300, 0x1D356}, {0x1D360, 0x1D376},
      {0x1F3CB, 0x1F3CC}, {0x1F574, 0x1F575}, {0x1F590, 0x1F590},
  };
  return ranges;
}

// Code points Unicode reserves as Wide while unassigned (EastAsianWidth.txt's defaults).
const std::vector<Range>& DefaultWide() {
  static const std::vector<Range> ranges = {
      {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
  };
  return ranges;
}

// Decodes the code points of `text`; a malformed byte stands for itself (as U+FFFD would).
std::vector<utf8proc_int32_t> CodePoints(std::string_view text) {
  std::vector<utf8proc_int32_t> points;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t pos = 0, size = static_cast<utf8proc_ssize_t>(text.size());
  while (pos < size) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (length <= 0) {
      cp = 0xFFFD;
      length = 1;
    }
    points.push_back(cp);
    pos += length;
  }
  return points;
}

// A non-spacing mark in Unicode 15 that Unicode 16 made a spacing one (Mc), which prettier
// counts as a column.
constexpr utf8proc_int32_t kNowSpacingMark = 0x1171E;

int CodePointWidth(utf8proc_int32_t cp) {
  if (cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F)) return 0;
  utf8proc_category_t category = utf8proc_category(cp);
  bool mark = category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_ME;
  if (mark && cp != kNowSpacingMark) return 0;
  if (utf8proc_charwidth(cp) == 2 || InRanges(cp, ExtraWide())) return 2;
  if (category == UTF8PROC_CATEGORY_CN && InRanges(cp, DefaultWide())) return 2;
  return 1;
}

bool IsPictographic(utf8proc_int32_t cp) {
  int boundclass = utf8proc_get_property(cp)->boundclass;
  return boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
         boundclass == UTF8PROC_BOUNDCLASS_E_ZWG;
}

bool IsKeycapBase(utf8proc_int32_t cp) {
  return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
}

// An emoji sequence, which prettier's emoji pattern counts 2 as a whole: a pictograph followed
// by the emoji presentation selector, a skin tone, a zero width joiner or a tag, or a keycap
// (a digit, '#' or '*', with or without U+FE0F, then U+20E3).
bool IsEmojiSequence(const std::vector<utf8proc_int32_t>& cluster) {
  if (cluster.size() < 2) return false;
  utf8proc_int32_t next = cluster[1];
  if (IsKeycapBase(cluster[0])) {
    return next == 0x20E3 || (next == 0xFE0F && cluster.size() > 2 && cluster[2] == 0x20E3);
  }
  return IsPictographic(cluster[0]) &&
         (next == 0xFE0F || next == 0x200D || (next >= 0x1F3FB && next <= 0x1F3FF) ||
          (next >= 0xE0020 && next <= 0xE007F));
}

size_t ClusterWidth(const std::vector<utf8proc_int32_t>& cluster) {
  if (IsEmojiSequence(cluster)) return 2;
  size_t width = 0;
  for (utf8proc_int32_t cp : cluster) width += CodePointWidth(cp);
  return width;
}

bool IsPrintableAscii(std::string_view text) {
  for (char c : text) {
    if (c < 0x20 || c > 0x7F) return false;  // char may be signed: bytes >= 0x80 are negative
  }
  return true;
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  // Prettier's fast path: only U+0020–U+007F, one column each (U+007F included).
  if (IsPrintableAscii(text)) return text.size();
  size_t width = 0;
  utf8proc_int32_t state = 0;
  std::vector<utf8proc_int32_t> cluster;
  for (utf8proc_int32_t cp : CodePoints(text)) {
    if (!cluster.empty() && utf8proc_grapheme_break_stateful(cluster.back(), cp, &state)) {
      width += ClusterWidth(cluster);
      cluster.clear();
    }
    cluster.push_back(cp);
  }
  if (!cluster.empty()) width += ClusterWidth(cluster);
  return width;
}

}  // namespace fib
