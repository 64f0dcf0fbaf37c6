#include "patch/line_diff.h"

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>

namespace fib {

namespace {

// Half-open ranges [a_begin, a_end) of `a` and [b_begin, b_end) of `b` still to compare.
struct Span {
  int a_begin, a_end, b_begin, b_end;
};

// Edit steps one middle-snake search may take before the span is cut another way. Below it
// the script is a shortest one (every one-model change is far below); above it, the search
// would cost time quadratic in the size of the change.
constexpr int kMaxCost = 1024;

// Change marks for one side, with an unchanged sentinel before the first line and after the
// last, so the boundary walks below need no range checks.
class Marks {
 public:
  explicit Marks(size_t lines) : marks_(lines + 2) {}
  char& operator[](long line) { return marks_[static_cast<size_t>(line + 1)]; }
  long size() const { return static_cast<long>(marks_.size()) - 2; }

 private:
  std::vector<char> marks_;
};

// Myers' divide-and-conquer diff ("An O(ND) Difference Algorithm and Its Variations", 1986,
// section 4b, after GNU diff's diffseq.h): each step finds the middle snake of a span with a
// forward and a backward search that meet, and splits the span there. It marks deleted lines
// of `a` and inserted lines of `b`; all other memory is a few arrays as long as the input.
class Myers {
 public:
  Myers(const std::vector<int>& a, const std::vector<int>& b, Marks& deleted, Marks& inserted)
      : a_(a),
        b_(b),
        deleted_(deleted),
        inserted_(inserted),
        forward_(a.size() + b.size() + 3),
        backward_(a.size() + b.size() + 3),
        offset_(static_cast<int>(b.size()) + 1),
        count_a_(a.size() + b.size()),
        count_b_(a.size() + b.size()),
        where_b_(a.size() + b.size()) {}

  // Marks every change; an explicit stack, since cuts far from the middle can nest deeply.
  void Run() {
    std::vector<Span> pending{{0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size())}};
    while (!pending.empty()) {
      Span s = Trim(pending.back());
      pending.pop_back();
      if (s.a_begin == s.a_end || s.b_begin == s.b_end) {
        MarkAll(s);
      } else if (std::optional<std::pair<int, int>> middle = MiddleSnake(s)) {
        Cut(s, {*middle}, pending);
      } else if (std::vector<std::pair<int, int>> anchors = UniqueAnchors(s); !anchors.empty()) {
        Cut(s, anchors, pending, 1);
      } else {
        Cut(s, {FurthestPoint(s)}, pending);
      }
    }
  }

 private:
  void MarkAll(const Span& s) {
    for (int x = s.a_begin; x < s.a_end; ++x) deleted_[x] = 1;
    for (int y = s.b_begin; y < s.b_end; ++y) inserted_[y] = 1;
  }

  // Queues the pieces of `s` between the points `cuts` (each `skip` lines long: 0 for a split
  // point, 1 for an anchor line that stays). A split at a corner would not shrink the span:
  // it cannot happen (see FurthestPoint), and would loop forever, so it is refused.
  static void Cut(const Span& s, const std::vector<std::pair<int, int>>& cuts,
                  std::vector<Span>& pending, int skip = 0) {
    if (skip == 0 && ((cuts[0].first == s.a_begin && cuts[0].second == s.b_begin) ||
                      (cuts[0].first == s.a_end && cuts[0].second == s.b_end))) {
      pending.push_back({s.a_begin, s.a_end, s.b_end, s.b_end});  // all deleted, then
      pending.push_back({s.a_end, s.a_end, s.b_begin, s.b_end});  // all inserted
      return;
    }
    int x = s.a_begin, y = s.b_begin;
    for (auto [cut_x, cut_y] : cuts) {
      pending.push_back({x, cut_x, y, cut_y});
      x = cut_x + skip, y = cut_y + skip;
    }
    pending.push_back({x, s.a_end, y, s.b_end});
  }

  // `s` without its common first and last lines.
  Span Trim(Span s) const {
    while (s.a_begin < s.a_end && s.b_begin < s.b_end && a_[s.a_begin] == b_[s.b_begin]) {
      ++s.a_begin, ++s.b_begin;
    }
    while (s.a_begin < s.a_end && s.b_begin < s.b_end && a_[s.a_end - 1] == b_[s.b_end - 1]) {
      --s.a_end, --s.b_end;
    }
    return s;
  }

  int& Forward(int diagonal) { return forward_[diagonal + offset_]; }
  int& Backward(int diagonal) { return backward_[diagonal + offset_]; }

  // A point (x, y) on a shortest path through `s` (which starts and ends with a difference),
  // or nothing when that takes more than kMaxCost steps; FurthestPoint then reads where the
  // searches got. Diagonal d holds the points with x - y == d; Forward(d) is the furthest x
  // the forward search reached on it, Backward(d) the least x of the backward search.
  std::optional<std::pair<int, int>> MiddleSnake(const Span& s) {
    const int min_diagonal = s.a_begin - s.b_end, max_diagonal = s.a_end - s.b_begin;
    const int forward_mid = s.a_begin - s.b_begin, backward_mid = s.a_end - s.b_end;
    const bool odd = ((forward_mid - backward_mid) & 1) != 0;
    fmin_ = fmax_ = forward_mid, bmin_ = bmax_ = backward_mid;
    Forward(forward_mid) = s.a_begin;
    Backward(backward_mid) = s.a_end;
    for (int cost = 1; cost <= kMaxCost; ++cost) {
      fmin_ > min_diagonal ? Forward(--fmin_ - 1) = -1 : ++fmin_;
      fmax_ < max_diagonal ? Forward(++fmax_ + 1) = -1 : --fmax_;
      for (int d = fmax_; d >= fmin_; d -= 2) {
        int x = std::max(Forward(d - 1) + 1, Forward(d + 1));
        int y = x - d;
        while (x < s.a_end && y < s.b_end && a_[x] == b_[y]) ++x, ++y;
        Forward(d) = x;
        if (odd && bmin_ <= d && d <= bmax_ && Backward(d) <= x) return std::pair(x, y);
      }
      bmin_ > min_diagonal ? Backward(--bmin_ - 1) = INT_MAX : ++bmin_;
      bmax_ < max_diagonal ? Backward(++bmax_ + 1) = INT_MAX : --bmax_;
      for (int d = bmax_; d >= bmin_; d -= 2) {
        int x = std::min(Backward(d - 1), Backward(d + 1) - 1);
        int y = x - d;
        while (x > s.a_begin && y > s.b_begin && a_[x - 1] == b_[y - 1]) --x, --y;
        Backward(d) = x;
        if (!odd && fmin_ <= d && d <= fmax_ && x <= Forward(d)) return std::pair(x, y);
      }
    }
    return std::nullopt;
  }

  // After a search gave up: the point either search pushed furthest from its corner (GNU
  // diff's heuristic). Each search has taken kMaxCost steps, so the point lies strictly inside.
  std::pair<int, int> FurthestPoint(const Span& s) {
    int forward_best = -1, forward_x = s.a_begin;
    for (int d = fmax_; d >= fmin_; d -= 2) {
      int x = std::min(Forward(d), s.a_end), y = x - d;
      if (y > s.b_end) x = s.b_end + d, y = s.b_end;
      if (x + y > forward_best) forward_best = x + y, forward_x = x;
    }
    int backward_best = INT_MAX, backward_x = s.a_end;
    for (int d = bmax_; d >= bmin_; d -= 2) {
      int x = std::max(Backward(d), s.a_begin), y = x - d;
      if (y < s.b_begin) x = s.b_begin + d, y = s.b_begin;
      if (x + y < backward_best) backward_best = x + y, backward_x = x;
    }
    if ((s.a_end + s.b_end) - backward_best < forward_best - (s.a_begin + s.b_begin)) {
      return {forward_x, forward_best - forward_x};
    }
    return {backward_x, backward_best - backward_x};
  }

  // For a span too costly to search: pairs (x, y) with a[x] == b[y] where that line occurs
  // exactly once in each side of `s`, the longest run of them increasing in both (patience
  // diff). Such lines are almost always the same line in both texts (a model's id, a module
  // key), and they cut a large change into small independent ones. O(span + k log k).
  std::vector<std::pair<int, int>> UniqueAnchors(const Span& s) {
    for (int x = s.a_begin; x < s.a_end; ++x) ++count_a_[a_[x]];
    for (int y = s.b_begin; y < s.b_end; ++y) ++count_b_[b_[y]], where_b_[b_[y]] = y;
    std::vector<std::pair<int, int>> candidates;
    for (int x = s.a_begin; x < s.a_end; ++x) {
      if (count_a_[a_[x]] == 1 && count_b_[a_[x]] == 1) candidates.emplace_back(x, where_b_[a_[x]]);
    }
    for (int x = s.a_begin; x < s.a_end; ++x) count_a_[a_[x]] = 0;
    for (int y = s.b_begin; y < s.b_end; ++y) count_b_[b_[y]] = 0;
    return LongestIncreasing(candidates);
  }

  // The longest subsequence of `pairs` (ascending in x) that is ascending in y.
  static std::vector<std::pair<int, int>> LongestIncreasing(
      const std::vector<std::pair<int, int>>& pairs) {
    std::vector<int> tails;  // tails[k]: the pair ending the best run of length k + 1 so far
    std::vector<int> previous(pairs.size(), -1);
    for (size_t i = 0; i < pairs.size(); ++i) {
      auto it = std::lower_bound(tails.begin(), tails.end(), pairs[i].second,
                                 [&](int t, int y) { return pairs[t].second < y; });
      if (it != tails.begin()) previous[i] = *(it - 1);
      if (it == tails.end()) {
        tails.push_back(static_cast<int>(i));
      } else {
        *it = static_cast<int>(i);
      }
    }
    std::vector<std::pair<int, int>> run;
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[i])
      run.push_back(pairs[i]);
    std::reverse(run.begin(), run.end());
    return run;
  }

  const std::vector<int>& a_;
  const std::vector<int>& b_;
  Marks& deleted_;
  Marks& inserted_;
  std::vector<int> forward_, backward_;
  int offset_;
  int fmin_ = 0, fmax_ = 0, bmin_ = 0, bmax_ = 0;  // the diagonals the last search covered
  std::vector<int> count_a_, count_b_, where_b_;   // by line id, zero between searches
};

// Slides each run of changed lines of one side (`changed`, lines `ids`) down as far as equal
// lines allow, merging it with the runs it meets, and then back up to where it lines up with
// a change of the other side when it can: GNU diff's shift_boundaries (analyze.c). A shortest
// script often has a choice of which of several equal lines to mark (an inserted module whose
// last lines equal those of the module before it); this picks what diff -u shows, a whole
// inserted module rather than the end of one and the start of the next.
void ShiftBoundaries(const std::vector<int>& ids, Marks& changed, Marks& other_changed) {
  const long end = changed.size();
  long i = 0, j = 0;  // a line of this side and the corresponding one of the other side
  while (true) {
    while (i < end && !changed[i]) {
      while (other_changed[j++]) continue;
      ++i;
    }
    if (i == end) break;
    long start = i, run = 0, corresponding = end;
    while (changed[++i]) continue;
    while (other_changed[j]) ++j;
    do {
      run = i - start;
      while (start > 0 && ids[start - 1] == ids[i - 1]) {  // back, merging earlier runs
        changed[--start] = 1, changed[--i] = 0;
        while (changed[start - 1]) --start;
        while (other_changed[--j]) continue;
      }
      corresponding = other_changed[j - 1] ? i : end;
      while (i != end && ids[start] == ids[i]) {  // forward, as far as it goes
        changed[start++] = 0, changed[i++] = 1;
        while (changed[i]) ++i;
        while (other_changed[++j]) corresponding = i;
      }
    } while (run != i - start);
    while (corresponding < i) {  // back to the other side's change, when there is one
      changed[--start] = 1, changed[--i] = 0;
      while (other_changed[--j]) continue;
    }
  }
}

// The script from the marks: unmarked lines pair up in order as kept lines.
std::vector<DiffOp> ToScript(Marks& deleted, Marks& inserted) {
  std::vector<DiffOp> ops;
  ops.reserve(static_cast<size_t>(deleted.size() + inserted.size()));
  long x = 0, y = 0;
  while (x < deleted.size() || y < inserted.size()) {
    while (x < deleted.size() && deleted[x]) ops.push_back(DiffOp::kDelete), ++x;
    while (y < inserted.size() && inserted[y]) ops.push_back(DiffOp::kInsert), ++y;
    if (x == deleted.size() || y == inserted.size()) break;  // both ends reached together
    ops.push_back(DiffOp::kKeep), ++x, ++y;
  }
  return ops;
}

}  // namespace

std::vector<DiffOp> DiffLines(const std::vector<int>& a, const std::vector<int>& b) {
  Marks deleted(a.size()), inserted(b.size());
  Myers(a, b, deleted, inserted).Run();
  ShiftBoundaries(a, deleted, inserted);
  ShiftBoundaries(b, inserted, deleted);
  return ToScript(deleted, inserted);
}

}  // namespace fib
