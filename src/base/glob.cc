#include "base/glob.h"

#include <cstdlib>
#include <optional>

namespace fib {

namespace {

// Index of the '}' closing the '{' at `open`, or npos.
size_t ClosingBrace(std::string_view pattern, size_t open) {
  int depth = 0;
  for (size_t i = open; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
    } else if (pattern[i] == '{') {
      ++depth;
    } else if (pattern[i] == '}' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// The top-level comma-separated parts of `body` (the text between a pair of braces).
std::vector<std::string> SplitAlternatives(std::string_view body) {
  std::vector<std::string> parts(1);
  int depth = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      parts.back() += body.substr(i, 2);
      ++i;
      continue;
    }
    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    if (c == ',' && depth == 0) {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  return parts;
}

// `{n..m}` as the numbers from n to m (either direction), or nothing when `body` is not that.
std::optional<std::vector<std::string>> NumericRange(std::string_view body) {
  size_t dots = body.find("..");
  if (dots == std::string_view::npos || dots == 0 || dots + 2 >= body.size()) return std::nullopt;
  std::string first(body.substr(0, dots)), last(body.substr(dots + 2));
  char* end = nullptr;
  long from = std::strtol(first.c_str(), &end, 10);
  if (*end != '\0') return std::nullopt;
  long to = std::strtol(last.c_str(), &end, 10);
  if (*end != '\0') return std::nullopt;
  std::vector<std::string> numbers;
  for (long n = from;; n += from <= to ? 1 : -1) {
    numbers.push_back(std::to_string(n));
    if (n == to) break;
  }
  return numbers;
}

// One '[...]' set starting at `open`; returns the index after ']' (npos when unclosed) and
// whether `c` is in it.
size_t MatchSet(std::string_view pattern, size_t open, char c, bool& matched) {
  size_t i = open + 1;
  bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negate) ++i;
  bool found = false;
  for (bool first = true; i < pattern.size() && (first || pattern[i] != ']'); first = false) {
    char low = pattern[i] == '\\' && i + 1 < pattern.size() ? pattern[++i] : pattern[i];
    char high = low;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      high = pattern[i + 2];
      i += 2;
    }
    found = found || (c >= low && c <= high);
    ++i;
  }
  if (i >= pattern.size()) return std::string_view::npos;
  matched = found != negate;
  return i + 1;
}

// Matches a brace-free pattern against the whole of `path`, backtracking over stars.
bool MatchFrom(std::string_view pattern, size_t p, std::string_view path, size_t s) {
  while (p < pattern.size()) {
    char c = pattern[p];
    if (c == '*') {
      bool globstar = p + 1 < pattern.size() && pattern[p + 1] == '*';
      size_t rest = p + (globstar ? 2 : 1);
      while (rest < pattern.size() && pattern[rest] == '*') ++rest;
      if (globstar && rest < pattern.size() && pattern[rest] == '/' &&
          MatchFrom(pattern, rest + 1, path, s)) {
        return true;  // `**/` matching no folder at all
      }
      for (size_t end = s;; ++end) {
        if (MatchFrom(pattern, rest, path, end)) return true;
        if (end == path.size() || (!globstar && path[end] == '/')) return false;
      }
    }
    if (s == path.size()) return false;
    if (c == '?') {
      if (path[s] == '/') return false;
      ++p;
    } else if (c == '[') {
      bool matched = false;
      size_t next = MatchSet(pattern, p, path[s], matched);
      if (next == std::string_view::npos) {  // an unclosed '[' is literal
        if (path[s] != '[') return false;
        ++p;
      } else {
        if (!matched || path[s] == '/') return false;
        p = next;
      }
    } else {
      if (c == '\\' && p + 1 < pattern.size()) c = pattern[++p];
      if (path[s] != c) return false;
      ++p;
    }
    ++s;
  }
  return s == path.size();
}

}  // namespace

std::vector<std::string> ExpandBraces(std::string_view pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
      continue;
    }
    if (pattern[i] != '{') continue;
    size_t close = ClosingBrace(pattern, i);
    if (close == std::string_view::npos) break;
    std::string_view body = pattern.substr(i + 1, close - i - 1);
    std::vector<std::string> choices = SplitAlternatives(body);
    if (choices.size() < 2) {
      std::optional<std::vector<std::string>> range = NumericRange(body);
      if (!range) continue;  // `{x}` is literal; braces inside it may still expand
      choices = std::move(*range);
    }
    std::vector<std::string> out;
    std::string prefix(pattern.substr(0, i));
    for (const std::string& choice : choices) {
      std::string joined = prefix + choice + std::string(pattern.substr(close + 1));
      for (std::string& expanded : ExpandBraces(joined)) out.push_back(std::move(expanded));
    }
    return out;
  }
  return {std::string(pattern)};
}

bool GlobMatch(std::string_view pattern, std::string_view path) {
  for (const std::string& expanded : ExpandBraces(pattern)) {
    if (MatchFrom(expanded, 0, path, 0)) return true;
  }
  return false;
}

}  // namespace fib
