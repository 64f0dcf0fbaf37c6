#include "patch/line_diff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace fib {
namespace {

// Replays `ops` on `a`: the result must be `b`, and every kept line must be equal on both sides.
bool Replays(const std::vector<DiffOp>& ops, const std::vector<int>& a, const std::vector<int>& b) {
  size_t x = 0, y = 0;
  for (DiffOp op : ops) {
    if (op == DiffOp::kKeep && (x >= a.size() || y >= b.size() || a[x++] != b[y++])) return false;
    if (op == DiffOp::kDelete && x++ >= a.size()) return false;
    if (op == DiffOp::kInsert && y++ >= b.size()) return false;
  }
  return x == a.size() && y == b.size();
}

size_t Count(const std::vector<DiffOp>& ops, DiffOp kind) {
  return static_cast<size_t>(std::count(ops.begin(), ops.end(), kind));
}

// The length of a longest common subsequence, by the textbook table.
size_t LcsLength(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<std::vector<size_t>> table(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      table[i][j] =
          a[i] == b[j] ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table[0][0];
}

std::vector<int> RandomLines(std::mt19937& random, size_t count, int alphabet) {
  std::vector<int> lines(count);
  for (int& line : lines) line = static_cast<int>(random() % static_cast<unsigned>(alphabet));
  return lines;
}

TEST(DiffLinesTest, EqualAndEmptyInputs) {
  EXPECT_EQ(DiffLines({}, {}), std::vector<DiffOp>{});
  EXPECT_EQ(DiffLines({0, 1}, {0, 1}), (std::vector<DiffOp>{DiffOp::kKeep, DiffOp::kKeep}));
  EXPECT_EQ(DiffLines({0, 1}, {}), (std::vector<DiffOp>{DiffOp::kDelete, DiffOp::kDelete}));
  EXPECT_EQ(DiffLines({}, {0}), std::vector<DiffOp>{DiffOp::kInsert});
}

TEST(DiffLinesTest, ShortestScriptWithDeletionsFirstOnSmallInputs) {
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    int alphabet = 2 + round % 6;
    std::vector<int> a = RandomLines(random, random() % 14, alphabet);
    std::vector<int> b = RandomLines(random, random() % 14, alphabet);
    std::vector<DiffOp> ops = DiffLines(a, b);
    ASSERT_TRUE(Replays(ops, a, b)) << "round " << round;
    EXPECT_EQ(Count(ops, DiffOp::kKeep), LcsLength(a, b)) << "round " << round;
    for (size_t i = 1; i < ops.size(); ++i) {
      EXPECT_FALSE(ops[i - 1] == DiffOp::kInsert && ops[i] == DiffOp::kDelete) << "round " << round;
    }
  }
}

// Prettier output repeats its closing lines, so a shortest script can often mark either of two
// equal lines. An appended module must show as the whole module, not as the end of the one
// before it plus the start of the new one.
TEST(DiffLinesTest, AppendedBlockShowsWhole) {
  enum { kClose, kBodyA, kBodyB, kOpenA, kOpenB, kOpenC };
  std::vector<int> a = {kOpenA, kBodyA, kClose, kOpenB, kBodyB, kClose};
  std::vector<int> b = {kOpenA, kBodyB, kClose, kOpenB, kBodyB, kClose, kOpenC, kBodyB, kClose};
  using enum DiffOp;
  EXPECT_EQ(DiffLines(a, b), (std::vector<DiffOp>{kKeep, kDelete, kInsert, kKeep, kKeep, kKeep,
                                                  kKeep, kInsert, kInsert, kInsert}));
}

// A change spread over a long text, far past the cost bound of one search: the lines that are
// unique on both sides (a model's id) are kept, and cut the change into the small changes
// between them, however the repeated lines in between could be aligned.
TEST(DiffLinesTest, SpreadChangeKeepsTheUniqueLines) {
  std::mt19937 random(3);
  const int kMarkers = 20000, kFirstMarker = 100;
  std::vector<int> a, b;
  for (int i = 0; i < kMarkers; ++i) {
    a.push_back(kFirstMarker + i), b.push_back(kFirstMarker + i);
    for (int filler = 0; filler < 4; ++filler) {
      a.push_back(static_cast<int>(random() % 3)), b.push_back(static_cast<int>(random() % 3));
    }
  }
  std::vector<DiffOp> ops = DiffLines(a, b);
  ASSERT_TRUE(Replays(ops, a, b));
  size_t x = 0, kept_markers = 0;
  for (DiffOp op : ops) {
    if (op == DiffOp::kKeep && a[x] >= kFirstMarker) ++kept_markers;
    x += op != DiffOp::kInsert;
  }
  EXPECT_EQ(kept_markers, static_cast<size_t>(kMarkers));
}

// No line is unique and the texts differ everywhere: the search gives up at its cost bound and
// splits where it got; the script stays valid.
TEST(DiffLinesTest, LargeChangeWithoutUniqueLinesStaysValid) {
  std::mt19937 random(11);
  std::vector<int> a = RandomLines(random, 20000, 2);
  std::vector<int> b = RandomLines(random, 20000, 2);
  std::vector<DiffOp> ops = DiffLines(a, b);
  ASSERT_TRUE(Replays(ops, a, b));
  EXPECT_GT(Count(ops, DiffOp::kKeep), 10000u);  // random halves share most of their lines
}

}  // namespace
}  // namespace fib
