#include "base/glob.h"

#include <cmath>
#include <cstdlib>
#include <optional>

#include "base/limits.h"

namespace fib {

namespace {

// `{n..m}` as the numbers from n to m (either direction), or nothing when `body` is not that.
// A range of more than kMaxGlobPatterns numbers gives none (an empty list).
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
  if (std::abs(static_cast<double>(to) - static_cast<double>(from)) >= kMaxGlobPatterns) {
    return numbers;
  }
  for (long n = from;; n += from <= to ? 1 : -1) {
    numbers.push_back(std::to_string(n));
    if (n == to) break;
  }
  return numbers;
}

// The first group of braces in `pattern` that expands (by the position of its '{'): one with a
// comma outside inner braces, or a numeric range; `{x}` is literal, and no group after a '{'
// that is never closed expands. Found in one pass, so nested braces cost no more than others.
struct BraceGroup {
  size_t open = 0;
  size_t close = 0;
  std::vector<std::string> choices;  // empty: a range of too many numbers
};

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

std::optional<BraceGroup> FirstExpandable(std::string_view pattern) {
  struct Open {
    size_t at;
    bool comma;
  };
  std::vector<Open> open;
  std::optional<BraceGroup> first;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '{') {
      open.push_back({i, false});
    } else if (c == ',' && !open.empty()) {
      open.back().comma = true;
    } else if (c == '}' && !open.empty()) {
      Open group = open.back();
      open.pop_back();
      if (first && first->open < group.at) continue;
      std::string_view body = pattern.substr(group.at + 1, i - group.at - 1);
      std::optional<std::vector<std::string>> range;
      if (!group.comma && body.size() <= 64) range = NumericRange(body);
      if (group.comma || range) {
        first = BraceGroup{group.at, i, group.comma ? SplitAlternatives(body) : *range};
      }
    }
  }
  if (first && !open.empty() && open.front().at < first->open) return std::nullopt;
  return first;
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

bool MatchStep(std::string_view pattern, size_t p, std::string_view path, size_t s,
               std::vector<bool>& failed);

// Matches a brace-free pattern from `p` against `path` from `s` to its end, backtracking over
// stars. `failed` remembers the (p, s) pairs that did not match, so a pattern of many stars
// costs at most |pattern| × |path| steps, not a number exponential in its stars.
bool MatchFrom(std::string_view pattern, size_t p, std::string_view path, size_t s,
               std::vector<bool>& failed) {
  size_t at = p * (path.size() + 1) + s;
  if (failed[at]) return false;
  bool matched = MatchStep(pattern, p, path, s, failed);
  if (!matched) failed[at] = true;
  return matched;
}

bool MatchStep(std::string_view pattern, size_t p, std::string_view path, size_t s,
               std::vector<bool>& failed) {
  while (p < pattern.size()) {
    char c = pattern[p];
    if (c == '*') {
      bool globstar = p + 1 < pattern.size() && pattern[p + 1] == '*';
      size_t rest = p + (globstar ? 2 : 1);
      while (rest < pattern.size() && pattern[rest] == '*') ++rest;
      if (globstar && rest < pattern.size() && pattern[rest] == '/' &&
          MatchFrom(pattern, rest + 1, path, s, failed)) {
        return true;  // `**/` matching no folder at all
      }
      for (size_t end = s;; ++end) {
        if (MatchFrom(pattern, rest, path, end, failed)) return true;
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
  // Depth first with a stack of its own, keeping the order of the choices; stops as soon as the
  // patterns, or the bytes written to make them, pass their bounds.
  constexpr size_t kMaxBytes = size_t{64} << 20;
  std::vector<std::string> out, pending = {std::string(pattern)};
  size_t bytes = pattern.size();
  while (!pending.empty()) {
    std::string current = std::move(pending.back());
    pending.pop_back();
    std::optional<BraceGroup> group = FirstExpandable(current);
    if (!group) {
      out.push_back(std::move(current));
      continue;
    }
    const std::vector<std::string>& choices = group->choices;
    if (choices.empty() || out.size() + pending.size() + choices.size() > kMaxGlobPatterns) {
      return {};
    }
    std::string prefix = current.substr(0, group->open), suffix = current.substr(group->close + 1);
    for (auto choice = choices.rbegin(); choice != choices.rend(); ++choice) {
      pending.push_back(prefix + *choice + suffix);
      bytes += pending.back().size();
      if (bytes > kMaxBytes) return {};
    }
  }
  return out;
}

bool GlobMatch(std::string_view pattern, std::string_view path) {
  for (const std::string& expanded : ExpandBraces(pattern)) {
    std::vector<bool> failed((expanded.size() + 1) * (path.size() + 1));
    if (MatchFrom(expanded, 0, path, 0, failed)) return true;
  }
  return false;
}

}  // namespace fib
