#include "patch/unified_diff.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace fib {
namespace {

TEST(UnifiedDiffTest, EqualTextsGiveNothing) {
  EXPECT_EQ(UnifiedDiff("a\nb\n", "a\nb\n", "f"), "");
}

TEST(UnifiedDiffTest, OneHunkWithContext) {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n";
  std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
  EXPECT_EQ(UnifiedDiff(before, after, "m.ts"),
            "--- a/m.ts\n+++ b/m.ts\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiffTest, DistantChangesMakeTwoHunksAndMissingNewlinesAreMarked) {
  std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl";
  std::string after = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL";
  std::string diff = UnifiedDiff(before, after, "/abs/m.ts");
  EXPECT_EQ(diff,
            "--- /abs/m.ts\n+++ /abs/m.ts\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n"
            "@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n\\ No newline at end of file\n+L\n"
            "\\ No newline at end of file\n");
}

// The second hunk's ranges count the lines the first one added.
TEST(UnifiedDiffTest, LaterHunksAreNumberedAfterEarlierInsertions) {
  std::string before, after = "new 1\nnew 2\n";
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 15 ? "fifteen" : std::to_string(i)) + "\n";
  }
  EXPECT_EQ(UnifiedDiff(before, after, "m.ts"),
            "--- a/m.ts\n+++ b/m.ts\n@@ -1,3 +1,5 @@\n+new 1\n+new 2\n 1\n 2\n 3\n"
            "@@ -12,7 +14,7 @@\n 12\n 13\n 14\n-15\n+fifteen\n 16\n 17\n 18\n");
}

// Every line of a 100,000-line text changed: one hunk, every line removed and added.
TEST(UnifiedDiffTest, RewrittenTextIsOneHunk) {
  std::string before, after;
  for (int i = 0; i < 100000; ++i) {
    before += "old " + std::to_string(i % 7) + "\n";
    after += "new " + std::to_string(i % 5) + "\n";
  }
  std::string diff = UnifiedDiff(before, after, "m.ts");
  EXPECT_EQ(diff.substr(0, diff.find('\n', 22) + 1),
            "--- a/m.ts\n+++ b/m.ts\n@@ -1,100000 +1,100000 @@\n");
  EXPECT_EQ(std::count(diff.begin(), diff.end(), '\n'), 3 + 200000);
}

}  // namespace
}  // namespace fib
