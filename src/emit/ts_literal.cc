#include "emit/ts_literal.h"

#include <cstdio>

namespace fib {

namespace {

bool IsIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

bool IsIdentifierPart(char c) { return IsIdentifierStart(c) || (c >= '0' && c <= '9'); }

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

std::string QuoteString(std::string_view value) {
  size_t doubles = 0, singles = 0;
  for (char c : value) {
    doubles += c == '"';
    singles += c == '\'';
  }
  char quote = doubles > singles ? '\'' : '"';
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

std::string PrintKey(std::string_view key) {
  bool identifier = !key.empty() && IsIdentifierStart(key[0]);
  for (size_t i = 1; identifier && i < key.size(); ++i) identifier = IsIdentifierPart(key[i]);
  return identifier ? std::string(key) : QuoteString(key);
}

}  // namespace fib
