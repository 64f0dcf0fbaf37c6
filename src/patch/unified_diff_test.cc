#include "patch/unified_diff.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace fib
