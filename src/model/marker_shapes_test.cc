#include "model/marker_shapes.h"

#include <gtest/gtest.h>

#include "naming/parallelism.h"

namespace fib {
namespace {

TEST(MarkerShapesTest, ReadsWhatShapeSummaryWrote) {
  Parallelism parallel{{1, 2}, 8, {1, 64}};
  std::optional<MarkedShapes> shapes = ParseMarkerShapes(
      "// fib-modelgen: generated from configs/x (1).json (" + ShapeSummary(parallel) + ")");
  ASSERT_TRUE(shapes);
  EXPECT_EQ(shapes->tp, parallel.tp);
  EXPECT_EQ(shapes->ep, 8);
  EXPECT_EQ(shapes->page_sizes, parallel.page_sizes);
}

TEST(MarkerShapesTest, OtherCommentsHaveNone) {
  EXPECT_FALSE(ParseMarkerShapes("// fib-modelgen: manual"));
  EXPECT_FALSE(ParseMarkerShapes("// (tp=1, ep=1, ps=1)"));
  EXPECT_FALSE(ParseMarkerShapes("// fib-modelgen: generated from x (tp=, ep=1, ps=1)"));
  EXPECT_FALSE(ParseMarkerShapes("// fib-modelgen: generated from x (tp=1, ep=1,2, ps=1)"));
  EXPECT_FALSE(ParseMarkerShapes("// fib-modelgen: generated from x (tp=0, ep=1, ps=1)"));
}

}  // namespace
}  // namespace fib
