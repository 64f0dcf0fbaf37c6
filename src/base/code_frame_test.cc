#include "base/code_frame.h"

#include <gtest/gtest.h>

#include <string>

namespace fib {
namespace {

TEST(CodeFrameTest, ShortLinesAreShownWhole) {
  FrameLine frame = FrameWindow("const models = [", 16, 10 + 6);
  EXPECT_EQ(frame.text, "const models = [");
  EXPECT_EQ(frame.column, 16u);
}

TEST(CodeFrameTest, LongLineIsCutAroundTheColumn) {
  std::string line = std::string(1000, 'x') + "@" + std::string(1000, 'y');
  FrameLine frame = FrameWindow(line, 1001, 10);
  EXPECT_EQ(frame.text, "...xxxxx@yyyy...");
  EXPECT_EQ(frame.column, 9u);
  EXPECT_EQ(frame.text[frame.column - 1], '@');
}

TEST(CodeFrameTest, ColumnNearTheStartKeepsTheStart) {
  FrameLine frame = FrameWindow(std::string(100, 'a'), 2, 10);
  EXPECT_EQ(frame.text, "aaaaaaaaaa...");
  EXPECT_EQ(frame.column, 2u);
}

TEST(CodeFrameTest, ColumnNearTheEndKeepsTheEnd) {
  FrameLine frame = FrameWindow(std::string(99, 'a') + "b", 100, 10);
  EXPECT_EQ(frame.text, "...aaaaaaaaab");
  EXPECT_EQ(frame.column, 13u);
}

TEST(CodeFrameTest, WindowCountsCodePointsNotBytes) {
  std::string line;
  for (int i = 0; i < 50; ++i) line += "\xC3\xA9";  // é
  FrameLine frame = FrameWindow(line, 1, 4);
  EXPECT_EQ(frame.text, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9...");
}

}  // namespace
}  // namespace fib
