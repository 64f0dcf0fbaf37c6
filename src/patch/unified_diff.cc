#include "patch/unified_diff.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

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

enum class Op { kKeep, kDelete, kInsert };

// Myers' O(ND) diff over line ids; returns the edit script in order.
std::vector<Op> Diff(const std::vector<int>& a, const std::vector<int>& b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int max = n + m, offset = max + 1;
  std::vector<int> v(2 * max + 3, 0);
  std::vector<std::vector<int>> trace;
  for (int d = 0; d <= max; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                  ? v[offset + k + 1]
                  : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        std::vector<Op> ops;
        for (int dd = d; dd > 0; --dd) {
          const std::vector<int>& prev = trace[dd];
          int kk = x - y;
          bool down = kk == -dd || (kk != dd && prev[offset + kk - 1] < prev[offset + kk + 1]);
          int prev_k = down ? kk + 1 : kk - 1;
          int prev_x = prev[offset + prev_k], prev_y = prev_x - prev_k;
          while (x > prev_x && y > prev_y) ops.push_back(Op::kKeep), --x, --y;
          ops.push_back(down ? Op::kInsert : Op::kDelete);
          x = prev_x;
          y = prev_y;
        }
        while (x > 0 && y > 0) ops.push_back(Op::kKeep), --x, --y;
        std::reverse(ops.begin(), ops.end());
        return ops;
      }
    }
  }
  return {};
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

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& path) {
  if (before == after) return "";
  std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  std::unordered_map<std::string_view, int> ids;
  std::vector<int> ia, ib;
  for (auto line : a) ia.push_back(ids.emplace(line, static_cast<int>(ids.size())).first->second);
  for (auto line : b) ib.push_back(ids.emplace(line, static_cast<int>(ids.size())).first->second);
  std::vector<Op> ops = Diff(ia, ib);
  std::string out = "--- " + Label("a/", path) + "\n+++ " + Label("b/", path) + "\n";
  size_t i = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext after the last change
    // that is within 2*kContext of the previous one.
    size_t start = i >= kContext ? i - kContext : 0;
    size_t end = i;
    size_t keeps = 0;
    while (end < ops.size() && keeps <= 2 * kContext) {
      keeps = ops[end] == Op::kKeep ? keeps + 1 : 0;
      ++end;
    }
    end = end - keeps + std::min(keeps, kContext);
    size_t a_pos = 0, b_pos = 0;
    for (size_t k = 0; k < start; ++k) {
      a_pos += ops[k] != Op::kInsert;
      b_pos += ops[k] != Op::kDelete;
    }
    size_t a_count = 0, b_count = 0;
    std::string body;
    for (size_t k = start, x = a_pos, y = b_pos; k < end; ++k) {
      if (ops[k] == Op::kKeep)
        AppendLine(body, ' ', a[x++]), ++y, ++a_count, ++b_count;
      else if (ops[k] == Op::kDelete)
        AppendLine(body, '-', a[x++]), ++a_count;
      else
        AppendLine(body, '+', b[y++]), ++b_count;
    }
    out += "@@ -" + Range(a_pos, a_count) + " +" + Range(b_pos, b_count) + " @@\n" + body;
    i = end;
  }
  return out;
}

}  // namespace fib
