#include "emit/string_width.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

// Every expectation below is prettier 3.10.1's util.getStringWidth of the same text.
TEST(DisplayWidthTest, AsciiCountsOneAByte) {
  EXPECT_EQ(DisplayWidth(""), 0u);
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("\x7F"), 1u);          // prettier's fast path counts DEL
  EXPECT_EQ(DisplayWidth("\x7F\xC3\xA9"), 1u);  // but not beside other text
}

TEST(DisplayWidthTest, EastAsianWideAndFullwidthCountTwo) {
  EXPECT_EQ(DisplayWidth("日本"), 4u);
  EXPECT_EQ(DisplayWidth("한국어"), 6u);
  EXPECT_EQ(DisplayWidth("ＡＢ"), 4u);              // fullwidth Latin
  EXPECT_EQ(DisplayWidth("\xF0\xAF\xBF\xBD"), 2u);  // U+2FFFD, unassigned, wide by default
  EXPECT_EQ(DisplayWidth("\xE4\xB7\x80"), 2u);      // U+4DC0, wide since Unicode 16
}

TEST(DisplayWidthTest, MarksAndControlsCountNothing) {
  EXPECT_EQ(DisplayWidth("é"), 1u);
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);      // e + U+0301
  EXPECT_EQ(DisplayWidth("a\xEF\xB8\x8F"), 1u);  // a + U+FE0F, a non-spacing mark
  EXPECT_EQ(DisplayWidth("\xE2\x83\x9D"), 0u);   // U+20DD, an enclosing mark
  EXPECT_EQ(DisplayWidth("x\t"), 1u);
  EXPECT_EQ(DisplayWidth("\xE2\x80\x8B"), 1u);  // U+200B is a format character: 1
  EXPECT_EQ(DisplayWidth("\xE0\xA4\x83"), 1u);  // U+0903, a spacing mark
}

TEST(DisplayWidthTest, EmojiCountTwo) {
  EXPECT_EQ(DisplayWidth("✅"), 2u);
  EXPECT_EQ(DisplayWidth("⭐"), 2u);
  EXPECT_EQ(DisplayWidth("🚀"), 2u);
  EXPECT_EQ(DisplayWidth("❤️"), 2u);              // with U+FE0F
  EXPECT_EQ(DisplayWidth("👍🏽"), 2u);            // a skin tone
  EXPECT_EQ(DisplayWidth("👨‍👩‍👧"), 2u);  // a ZWJ sequence
  EXPECT_EQ(DisplayWidth("🇺🇸"), 2u);                  // a flag
  EXPECT_EQ(DisplayWidth("🇺🇸🇦"), 3u);
  EXPECT_EQ(DisplayWidth("1️⃣"), 2u);                       // a keycap
  EXPECT_EQ(DisplayWidth("1\xE2\x83\xA3"), 2u);                 // a keycap without U+FE0F
  EXPECT_EQ(DisplayWidth("🏴󠁧󠁢󠁥󠁮󠁧󠁿"), 2u);  // a tag sequence
  EXPECT_EQ(DisplayWidth("ok ✅ done"), 10u);
}

TEST(DisplayWidthTest, TextStyleEmojiCountOneUnlessTheyTakeASkinTone) {
  EXPECT_EQ(DisplayWidth("©"), 1u);
  EXPECT_EQ(DisplayWidth("❤"), 1u);
  EXPECT_EQ(DisplayWidth("↔\xEF\xB8\x8E"), 1u);  // with the text presentation selector
  EXPECT_EQ(DisplayWidth("☝"), 2u);
  EXPECT_EQ(DisplayWidth("✌"), 2u);
  EXPECT_EQ(DisplayWidth("☝🏻"), 2u);
}

}  // namespace
}  // namespace fib
