#include "base/invisible_chars.h"

#include <gtest/gtest.h>

#include <string>

namespace fib {
namespace {

TEST(InvisibleCharsTest, PlainIdsHaveNone) {
  EXPECT_EQ(FirstInvisibleCharacter("llama-3.1-8b"), std::nullopt);
  EXPECT_EQ(FirstInvisibleCharacter("qwen\xC3\xA9-\xE6\xBC\xA2"), std::nullopt);  // é, 漢
}

TEST(InvisibleCharsTest, ControlsSeparatorsAndBidiAreFound) {
  EXPECT_EQ(FirstInvisibleCharacter(std::string("a\0b", 3)), "U+0000");
  EXPECT_EQ(FirstInvisibleCharacter("a\x7f"), "U+007F");
  EXPECT_EQ(FirstInvisibleCharacter("a\xE2\x80\xA8z"), "U+2028");
  EXPECT_EQ(FirstInvisibleCharacter("a\xE2\x80\xAEz"), "U+202E");
  EXPECT_EQ(FirstInvisibleCharacter("\xE2\x81\xA6x"), "U+2066");
  EXPECT_EQ(FirstInvisibleCharacter("a\xC2\x85"), "U+0085");
}

}  // namespace
}  // namespace fib
