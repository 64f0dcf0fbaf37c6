#include "config/toml_guard.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

#include "base/utf8.h"

namespace fib {

namespace {

bool IsAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// The code point of the well-formed UTF-8 character at `at` (the text was checked whole).
char32_t CodePointAt(std::string_view text, size_t at, size_t& length) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[at + i]); };
  unsigned char lead = byte(0);
  length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t code = lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) code = (code << 6) | (byte(i) & 0x3F);
  return code;
}

// `code` as a TOML basic-string escape: \uXXXX, or \UXXXXXXXX past the first plane.
std::string Escape(char32_t code) {
  char escape[12];
  std::snprintf(escape, sizeof(escape), code > 0xFFFF ? "\\U%08X" : "\\u%04X",
                static_cast<unsigned>(code));
  return escape;
}

// TOML allows no control character but tab and the line ending anywhere, not even in a string
// or a comment.
std::optional<JsonProblem> ControlCharacter(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      char code[8];
      std::snprintf(code, sizeof(code), "U+%04X", c);
      return JsonProblem{
          i, std::string("a control character (") + code + "), which TOML allows nowhere"};
    }
  }
  return std::nullopt;
}

// Copies the document into ASCII, one lexical part at a time: bare text, comments, and the
// four kinds of strings. Non-ASCII characters in a string are escaped, in a comment replaced.
class AsciiWriter {
 public:
  explicit AsciiWriter(std::string_view text) : in_(text) {}

  AsciiToml Run() {
    while (at_ < in_.size() && !problem_) {
      char c = in_[at_];
      if (c == '#') {
        Comment();
      } else if (c == '"' || c == '\'') {
        String(c);
      } else {
        Bare(c);
      }
    }
    if (problem_) return {"", problem_};
    return {std::move(out_), std::nullopt};
  }

 private:
  void Fail(size_t offset, const std::string& message) { problem_ = JsonProblem{offset, message}; }

  // Outside strings and comments: ASCII only, and a table header starts with a key.
  void Bare(char c) {
    if (!IsAscii(c)) return Fail(at_, "a non-ASCII character outside a string or a comment");
    if (c == '[' && depth_ == 0 && line_start_) CheckHeader();
    if ((c == '[' || c == '{') && !(depth_ == 0 && line_start_)) ++depth_;
    if ((c == ']' || c == '}') && depth_ > 0) --depth_;
    line_start_ = c == '\n' || (line_start_ && (c == ' ' || c == '\t' || c == '\r'));
    out_ += c;
    ++at_;
  }

  // toml++ asserts that a header's first character starts a key (parse_key's precondition)
  // before it would report one that does not.
  void CheckHeader() {
    size_t i = at_ + 1;
    if (i < in_.size() && in_[i] == '[') ++i;
    while (i < in_.size() && (in_[i] == ' ' || in_[i] == '\t')) ++i;
    if (i == in_.size()) return;
    char c = in_[i];
    bool key = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '"' ||
               c == '\'' || c == ']';
    if (!key) Fail(i, "a table header that does not start with a key");
  }

  void Comment() {
    while (at_ < in_.size() && in_[at_] != '\n') {
      if (IsAscii(in_[at_])) {
        out_ += in_[at_++];
      } else {
        size_t length = 0;
        CodePointAt(in_, at_, length);
        out_ += '?';
        at_ += length;
      }
    }
  }

  // A string opening with `quote` (one or three of them): a basic one is copied with its
  // non-ASCII characters escaped; a literal one holding any becomes a basic one.
  void String(char quote) {
    bool triple = in_.compare(at_, 3, std::string(3, quote)) == 0;
    std::string_view delimiter = in_.substr(at_, triple ? 3 : 1);
    size_t end = StringEnd(delimiter);
    std::string_view body = in_.substr(at_ + delimiter.size(), end - at_ - delimiter.size());
    bool closed = in_.compare(end, delimiter.size(), delimiter) == 0;
    std::string_view close = closed ? in_.substr(end, delimiter.size()) : "";
    line_start_ = false;
    if (quote == '"') {
      out_ += delimiter;
      BasicBody(body, at_ + delimiter.size());
    } else if (IsAsciiText(body)) {
      out_ += delimiter;
      out_ += body;
    } else {
      std::string basic = triple ? "\"\"\"" : "\"";
      out_ += basic;
      LiteralAsBasic(body);
      close = closed ? std::string_view(basic) : "";
      out_ += close;
      at_ = end + (closed ? delimiter.size() : 0);
      return;
    }
    out_ += close;
    at_ = end + close.size();
  }

  // Where the string opened by `delimiter` at at_ ends: at its closing delimiter (the one of a
  // multi-line string may hold up to two more quotes, which belong to the value), at the line
  // end for a one-line string, or at the end of the text.
  size_t StringEnd(std::string_view delimiter) const {
    bool basic = delimiter[0] == '"', multi_line = delimiter.size() == 3;
    for (size_t i = at_ + delimiter.size(); i < in_.size(); ++i) {
      if (!multi_line && in_[i] == '\n') return i;
      if (basic && in_[i] == '\\') {
        ++i;
        continue;
      }
      if (in_.compare(i, delimiter.size(), delimiter) != 0) continue;
      while (multi_line && i + 3 < in_.size() && in_[i + 3] == delimiter[0]) ++i;
      return i;
    }
    return in_.size();
  }

  static bool IsAsciiText(std::string_view text) {
    for (char c : text) {
      if (!IsAscii(c)) return false;
    }
    return true;
  }

  // A basic string's text (starting at `offset`), its non-ASCII characters escaped. An escape
  // of a non-ASCII character ("\é") is refused: escaped as "\\u00E9" it would become valid.
  void BasicBody(std::string_view body, size_t offset) {
    for (size_t i = 0; i < body.size();) {
      if (body[i] == '\\' && i + 1 < body.size() && !IsAscii(body[i + 1])) {
        return Fail(offset + i + 1, "a backslash before a non-ASCII character in a string");
      }
      if (IsAscii(body[i])) {
        out_ += body[i++];
        continue;
      }
      size_t length = 0;
      out_ += Escape(CodePointAt(body, i, length));
      i += length;
    }
  }

  // A literal string's text written as the text of a basic string of the same value.
  void LiteralAsBasic(std::string_view body) {
    for (size_t i = 0; i < body.size();) {
      char c = body[i];
      if (IsAscii(c)) {
        if (c == '\\' || c == '"') out_ += '\\';
        out_ += c;
        ++i;
        continue;
      }
      size_t length = 0;
      out_ += Escape(CodePointAt(body, i, length));
      i += length;
    }
  }

  std::string_view in_;
  std::string out_;
  size_t at_ = 0;
  int depth_ = 0;           // arrays and inline tables of values open
  bool line_start_ = true;  // only blanks so far on this line
  std::optional<JsonProblem> problem_;
};

}  // namespace

AsciiToml ToAsciiToml(std::string_view text) {
  if (std::optional<JsonProblem> control = ControlCharacter(text)) return {"", control};
  if (!IsValidUtf8(text)) return {"", JsonProblem{0, "the text is not UTF-8"}};
  return AsciiWriter(text).Run();
}

}  // namespace fib
