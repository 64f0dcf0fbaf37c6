#include "emit/ts_literal.h"

#include <utf8proc.h>

#include <cstdio>

namespace fib {

namespace {

// ES5's IdentifierStart: a Unicode letter (Lu, Ll, Lt, Lm, Lo, Nl), '$' or '_'.
bool IsIdentifierStart(utf8proc_int32_t cp) {
  if (cp == '$' || cp == '_') return true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return true;
    default:
      return false;
  }
}

// ES5's IdentifierPart: also combining marks, digits, connector punctuation, ZWNJ and ZWJ.
bool IsIdentifierPart(utf8proc_int32_t cp) {
  if (IsIdentifierStart(cp) || cp == 0x200C || cp == 0x200D) return true;
  utf8proc_category_t category = utf8proc_category(cp);
  return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC ||
         category == UTF8PROC_CATEGORY_ND || category == UTF8PROC_CATEGORY_PC;
}

std::string ControlEscape(unsigned char c) {
  switch (c) {
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\v':
      return "\\v";
    default: {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
      return buffer;
    }
  }
}

}  // namespace

std::string QuoteString(std::string_view value, bool single_quote) {
  size_t doubles = 0, singles = 0;
  for (char c : value) {
    doubles += c == '"';
    singles += c == '\'';
  }
  char preferred = single_quote ? '\'' : '"', other = single_quote ? '"' : '\'';
  char quote = (single_quote ? singles > doubles : doubles > singles) ? other : preferred;
  std::string out(1, quote);
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      out += ControlEscape(c);
    } else if (c == 0xE2 && i + 2 < value.size() && value[i + 1] == '\x80' &&
               (value[i + 2] == '\xA8' || value[i + 2] == '\xA9')) {
      out += value[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // line terminators in JS
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

bool IsBareKey(std::string_view key) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(key.data());
  utf8proc_ssize_t pos = 0, size = static_cast<utf8proc_ssize_t>(key.size());
  if (size == 0) return false;
  while (pos < size) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + pos, size - pos, &cp);
    // prettier's pattern covers the Basic Multilingual Plane only.
    if (length <= 0 || cp > 0xFFFF) return false;
    if (!(pos == 0 ? IsIdentifierStart(cp) : IsIdentifierPart(cp))) return false;
    pos += length;
  }
  return true;
}

std::string PrintKey(std::string_view key, bool quoted, bool single_quote) {
  return quoted ? QuoteString(key, single_quote) : std::string(key);
}

}  // namespace fib
