#include "ts/string_literal.h"

#include <cstdint>

namespace fib {

namespace {

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads exactly `digits` hex digits at `pos`; returns -1 when they are not there.
int64_t ReadHex(std::string_view body, size_t pos, size_t digits) {
  if (pos + digits > body.size()) return -1;
  int64_t value = 0;
  for (size_t i = 0; i < digits; ++i) {
    int d = HexDigit(body[pos + i]);
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

// Decodes a \u escape starting after "\u"; advances `pos` past it.
uint32_t ReadUnicodeEscape(std::string_view body, size_t& pos) {
  if (pos < body.size() && body[pos] == '{') {
    size_t close = body.find('}', pos);
    uint32_t value = 0;
    for (size_t i = pos + 1; i < close && close != std::string_view::npos; ++i) {
      value = value * 16 + static_cast<uint32_t>(HexDigit(body[i]));
    }
    pos = close == std::string_view::npos ? body.size() : close + 1;
    return value;
  }
  int64_t unit = ReadHex(body, pos, 4);
  if (unit < 0) return 'u';
  pos += 4;
  // A high surrogate followed by \uDC00-\uDFFF is one code point.
  if (unit >= 0xD800 && unit <= 0xDBFF && body.substr(pos, 2) == "\\u") {
    int64_t low = ReadHex(body, pos + 2, 4);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      pos += 6;
      return 0x10000 + ((static_cast<uint32_t>(unit) - 0xD800) << 10) +
             (static_cast<uint32_t>(low) - 0xDC00);
    }
  }
  return static_cast<uint32_t>(unit);
}

// Decodes one escape; `pos` points after the backslash and is advanced past the escape.
void DecodeEscape(std::string_view body, size_t& pos, std::string& out) {
  char c = body[pos++];
  switch (c) {
    case 'n':
      out += '\n';
      return;
    case 'r':
      out += '\r';
      return;
    case 't':
      out += '\t';
      return;
    case 'b':
      out += '\b';
      return;
    case 'f':
      out += '\f';
      return;
    case 'v':
      out += '\v';
      return;
    case '0':
      out += '\0';
      return;
    case '\r':  // line continuation, CRLF form
      if (pos < body.size() && body[pos] == '\n') ++pos;
      return;
    case '\n':
      return;  // line continuation
    case 'x': {
      int64_t value = ReadHex(body, pos, 2);
      if (value < 0) {
        out += 'x';
        return;
      }
      pos += 2;
      AppendUtf8(out, static_cast<uint32_t>(value));
      return;
    }
    case 'u':
      AppendUtf8(out, ReadUnicodeEscape(body, pos));
      return;
    default:
      out += c;
      return;
  }
}

}  // namespace

std::string DecodeStringBody(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  size_t pos = 0;
  while (pos < body.size()) {
    if (body[pos] == '\\' && pos + 1 < body.size()) {
      ++pos;
      DecodeEscape(body, pos, out);
    } else {
      out += body[pos++];
    }
  }
  return out;
}

}  // namespace fib
