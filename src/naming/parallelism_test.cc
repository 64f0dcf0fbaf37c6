#include "naming/parallelism.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(ShapeSummaryTest, ListsEveryShape) {
  EXPECT_EQ(ShapeSummary({{1, 2}, 8, {1, 64}}), "tp=1,2, ep=8, ps=1,64");
}

TEST(ParseParallelismTest, ListsAreSortedAndUnique) {
  Result<Parallelism> parallel = ParseParallelism("4,1,4", 2, "64,1");
  ASSERT_TRUE(parallel.ok());
  EXPECT_EQ(parallel->tp, (std::vector<int64_t>{1, 4}));
  EXPECT_EQ(parallel->page_sizes, (std::vector<int64_t>{1, 64}));
  EXPECT_EQ(parallel->ep, 2);
  EXPECT_FALSE(parallel->auto_sized);
}

TEST(ParseParallelismTest, AutoIsRecordedAndBadValuesAreRefused) {
  Result<Parallelism> automatic = ParseParallelism("auto", 8, "1", true);
  ASSERT_TRUE(automatic.ok());
  EXPECT_TRUE(automatic->auto_sized);
  EXPECT_TRUE(automatic->ep_given);
  EXPECT_EQ(ParseParallelism("0", 1, "1").error().message,
            "--tp takes positive integers separated by commas, got '0'");
  EXPECT_EQ(ParseParallelism("1", 0, "1").error().message, "--ep takes a positive integer");
  EXPECT_FALSE(ParseParallelism("1", 1, "1,,2").ok());
}

TEST(KvHeadsPerRankTest, ReplicatedPastTp) {
  EXPECT_EQ(KvHeadsPerRank(8, 2), 4);
  EXPECT_EQ(KvHeadsPerRank(8, 16), 1);
}

}  // namespace
}  // namespace fib
