#include "emit/ts_literal.h"

#include <gtest/gtest.h>

#include "emit/string_width.h"

namespace fib {
namespace {

TEST(QuoteStringTest, PrefersDoubleQuotesUnlessMoreDoublesInside) {
  EXPECT_EQ(QuoteString("plain"), "\"plain\"");
  EXPECT_EQ(QuoteString("it's"), "\"it's\"");
  EXPECT_EQ(QuoteString("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(QuoteString("a\"b'c"), "\"a\\\"b'c\"");  // a tie keeps double quotes
}

TEST(QuoteStringTest, EscapesBackslashesControlsAndLineSeparators) {
  EXPECT_EQ(QuoteString("a\\b\n\t\x01"), "\"a\\\\b\\n\\t\\x01\"");
  EXPECT_EQ(QuoteString("x\xE2\x80\xA8y"), "\"x\\u2028y\"");
  EXPECT_EQ(QuoteString("日本 é"), "\"日本 é\"");
}

TEST(PrintKeyTest, QuotesOnlyNonIdentifiers) {
  EXPECT_EQ(PrintKey("input_layernorm"), "input_layernorm");
  EXPECT_EQ(PrintKey("$x9"), "$x9");
  EXPECT_EQ(PrintKey("9x"), "\"9x\"");
  EXPECT_EQ(PrintKey("a.b"), "\"a.b\"");
  EXPECT_EQ(PrintKey(""), "\"\"");
}

TEST(DisplayWidthTest, CountsWideCharactersTwice) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("日本"), 4u);
  EXPECT_EQ(DisplayWidth("é"), 1u);
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);  // e + combining acute
}

}  // namespace
}  // namespace fib
