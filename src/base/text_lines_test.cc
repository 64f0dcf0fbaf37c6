#include "base/text_lines.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(TextLinesTest, LineStartAndIndentation) {
  std::string_view text = "a\n  \tb c\n";
  EXPECT_EQ(LineStartOf(text, 0), 0u);
  EXPECT_EQ(LineStartOf(text, 1), 0u);  // the newline belongs to its line
  EXPECT_EQ(LineStartOf(text, 6), 2u);
  EXPECT_EQ(IndentationOfLine(text, 6), "  \t");
  EXPECT_EQ(IndentationOfLine(text, 0), "");
}

TEST(TextLinesTest, OnOneLineEscapesEveryLineTerminator) {
  EXPECT_EQ(OnOneLine("a\nb\rc\u2028d\u2029e"), "a\\nb\\rc\\u2028d\\u2029e");
  EXPECT_EQ(OnOneLine("models/qwen3-8b.json ✅ \u2027"), "models/qwen3-8b.json ✅ \u2027");
}

TEST(TextLinesTest, StartsItsLineOnlyAfterBlanks) {
  std::string_view text = "x\n  \ty z\r\n{";
  EXPECT_TRUE(StartsItsLine(text, 0));   // the first line
  EXPECT_FALSE(StartsItsLine(text, 1));  // after x
  EXPECT_TRUE(StartsItsLine(text, 2));   // at the line start
  EXPECT_TRUE(StartsItsLine(text, 5));   // y, after blanks
  EXPECT_FALSE(StartsItsLine(text, 7));  // z, after y
  EXPECT_TRUE(StartsItsLine(text, 10));  // after a CRLF
}

// One long line holding many elements: none of them starts the line.
TEST(TextLinesTest, NothingAfterTheStartOfALongLineStartsIt) {
  std::string text = "[";
  for (int i = 0; i < 1000; ++i) text += " {},";
  for (size_t offset = 1; offset < text.size(); ++offset) {
    ASSERT_FALSE(StartsItsLine(text, offset)) << offset;
  }
}

}  // namespace
}  // namespace fib
