#include "config/toml_guard.h"

#include <cstdio>
#include <string>

namespace fib {

namespace {

bool IsAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// After "\" at `at` in a multi-line basic string: the first character after the white space
// that follows it (toml++ asks of each whether it is white space: a line-ending backslash, or an
// invalid escape such as "\ x").
size_t AfterBackslash(std::string_view text, size_t at) {
  size_t i = at + 1;
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) {
    ++i;
  }
  return i;
}

// The end of the string whose opening delimiter `quote` (one or three quote characters)
// starts at `begin`, or a hazard inside it.
size_t SkipString(std::string_view text, size_t begin, std::string_view quote,
                  std::optional<size_t>& hazard) {
  bool basic = quote[0] == '"', multi_line = quote.size() == 3;
  for (size_t i = begin + quote.size(); i < text.size(); ++i) {
    if (!multi_line && text[i] == '\n') return i;
    if (basic && text[i] == '\\') {
      size_t next = multi_line ? AfterBackslash(text, i) : i + 1;
      if (multi_line && next < text.size() && !IsAscii(text[next])) {
        hazard = next;
        return text.size();
      }
      i = next > i + 1 ? next - 1 : i + 1;  // white space skipped, or the escaped character
      continue;
    }
    if (text.compare(i, quote.size(), quote) != 0) continue;
    size_t end = i + quote.size();
    // """a"""" ends with a quote inside: up to two more quote characters belong to it.
    for (int extra = 0; multi_line && extra < 2 && end < text.size() && text[end] == quote[0];
         ++extra) {
      ++end;
    }
    return end;
  }
  return text.size();
}

// `[#` or `[[ #` at the start of a line: a table header holding a comment. toml++ 3.3 asserts on
// it (found by fuzzing). Inside an array value (`a = [ # note`) a comment is valid TOML.
bool StartsTableHeaderWithComment(std::string_view text, size_t i) {
  size_t line = i;
  while (line > 0 && (text[line - 1] == ' ' || text[line - 1] == '\t')) --line;
  if (line > 0 && text[line - 1] != '\n') return false;
  size_t j = i + 1;
  if (j < text.size() && text[j] == '[') ++j;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
  return j < text.size() && text[j] == '#';
}

}  // namespace

std::optional<JsonProblem> FindTomlHazard(std::string_view text) {
  // TOML allows no control character but tab and the line ending anywhere, not even in a string
  // or a comment; toml++ asserts on one in a table header (and assumes it away in a release
  // build compiled with clang).
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      char code[8];
      std::snprintf(code, sizeof(code), "U+%04X", c);
      return JsonProblem{
          i, std::string("a control character (") + code + "), which TOML allows nowhere"};
    }
  }
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '#') {
      size_t newline = text.find('\n', i);
      i = newline == std::string_view::npos ? text.size() : newline;
    } else if (c == '"' || c == '\'') {
      bool triple = text.compare(i, 3, std::string(3, c)) == 0;
      std::optional<size_t> hazard;
      i = SkipString(text, i, triple ? text.substr(i, 3) : text.substr(i, 1), hazard);
      if (hazard) {
        return JsonProblem{*hazard,
                           "a non-ASCII character after a backslash in a multi-line string, "
                           "which the TOML reader fib-modelgen uses cannot take"};
      }
    } else if (c == '[' && StartsTableHeaderWithComment(text, i)) {
      return JsonProblem{i, "a comment inside a table header, which TOML does not allow"};
    } else if (!IsAscii(c)) {
      return JsonProblem{i, "a non-ASCII character outside a string or a comment"};
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

}  // namespace fib
