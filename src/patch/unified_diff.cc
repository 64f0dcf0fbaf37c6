#include "patch/unified_diff.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "patch/line_diff.h"

namespace fib {

namespace {

constexpr size_t kContext = 3;

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size() - 1;
    lines.push_back(text.substr(start, end - start + 1));
    start = end + 1;
  }
  return lines;
}

// GNU diff's hunk ranges: "start,count", or just "start" when the count is 1.
std::string Range(size_t start, size_t count) {
  std::string first = std::to_string(count == 0 ? start : start + 1);
  return count == 1 ? first : first + "," + std::to_string(count);
}

// git-style a/ and b/ prefixes for relative paths; absolute paths are shown as they are.
std::string Label(const std::string& prefix, const std::string& path) {
  return !path.empty() && path[0] == '/' ? path : prefix + path;
}

void AppendLine(std::string& out, char sign, std::string_view line) {
  out += sign;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// Dense ids for the lines of both texts: equal lines, equal ids.
std::pair<std::vector<int>, std::vector<int>> LineIds(const std::vector<std::string_view>& a,
                                                      const std::vector<std::string_view>& b) {
  std::unordered_map<std::string_view, int> ids;
  ids.reserve(a.size() + b.size());
  auto id_of = [&](std::string_view line) {
    return ids.emplace(line, static_cast<int>(ids.size())).first->second;
  };
  std::vector<int> ia, ib;
  ia.reserve(a.size());
  ib.reserve(b.size());
  for (std::string_view line : a) ia.push_back(id_of(line));
  for (std::string_view line : b) ib.push_back(id_of(line));
  return {std::move(ia), std::move(ib)};
}

// Where a hunk ends: kContext lines after the last change that is within 2 * kContext kept
// lines of the one before it, starting from the change at `first`.
size_t HunkEnd(const std::vector<DiffOp>& ops, size_t first) {
  size_t end = first, keeps = 0;
  while (end < ops.size() && keeps <= 2 * kContext) {
    keeps = ops[end] == DiffOp::kKeep ? keeps + 1 : 0;
    ++end;
  }
  return end - keeps + std::min(keeps, kContext);
}

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& path) {
  if (before == after) return "";
  std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  auto [ia, ib] = LineIds(a, b);
  std::vector<DiffOp> ops = DiffLines(ia, ib);
  std::string out = "--- " + Label("a/", path) + "\n+++ " + Label("b/", path) + "\n";
  size_t x = 0, y = 0;  // the lines of `a` and `b` before ops[k]
  size_t k = 0;
  while (k < ops.size()) {
    if (ops[k] != DiffOp::kKeep) {
      // Back up over the context before this change (the last hunk ended at least kContext
      // kept lines earlier), then take everything up to the hunk's end.
      size_t back = std::min({kContext, k, x, y});
      k -= back, x -= back, y -= back;
      size_t end = HunkEnd(ops, k + back);
      size_t a_start = x, b_start = y;
      std::string body;
      for (; k < end; ++k) {
        if (ops[k] == DiffOp::kKeep)
          AppendLine(body, ' ', a[x++]), ++y;
        else if (ops[k] == DiffOp::kDelete)
          AppendLine(body, '-', a[x++]);
        else
          AppendLine(body, '+', b[y++]);
      }
      out += "@@ -" + Range(a_start, x - a_start) + " +" + Range(b_start, y - b_start) + " @@\n";
      out += body;
      continue;
    }
    ++k, ++x, ++y;
  }
  return out;
}

}  // namespace fib
