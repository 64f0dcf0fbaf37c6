#include "emit/ts_literal.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(QuoteStringTest, PrefersDoubleQuotesUnlessMoreDoublesInside) {
  EXPECT_EQ(QuoteString("plain"), "\"plain\"");
  EXPECT_EQ(QuoteString("it's"), "\"it's\"");
  EXPECT_EQ(QuoteString("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(QuoteString("a\"b'c"), "\"a\\\"b'c\"");  // a tie keeps double quotes
}

// singleQuote: the same rule the other way round.
TEST(QuoteStringTest, SingleQuotesUnlessMoreSinglesInside) {
  EXPECT_EQ(QuoteString("plain", true), "'plain'");
  EXPECT_EQ(QuoteString("say \"hi\"", true), "'say \"hi\"'");
  EXPECT_EQ(QuoteString("it's", true), "\"it's\"");
  EXPECT_EQ(QuoteString("a\"b'c", true), "'a\"b\\'c'");  // a tie keeps single quotes
}

TEST(QuoteStringTest, EscapesBackslashesControlsAndLineSeparators) {
  EXPECT_EQ(QuoteString("a\\b\n\t\x01"), "\"a\\\\b\\n\\t\\x01\"");
  EXPECT_EQ(QuoteString("x\xE2\x80\xA8y"), "\"x\\u2028y\"");
  EXPECT_EQ(QuoteString("日本 é"), "\"日本 é\"");
}

// As prettier's as-needed rule: ES5 identifier names (Unicode letters too) lose their quotes;
// numbers never do in TypeScript.
TEST(IsBareKeyTest, Es5IdentifierNamesOnly) {
  EXPECT_TRUE(IsBareKey("input_layernorm"));
  EXPECT_TRUE(IsBareKey("$x9"));
  EXPECT_TRUE(IsBareKey("ünïcode"));
  EXPECT_TRUE(IsBareKey("日本"));
  EXPECT_TRUE(IsBareKey("e\xCC\x81x"));  // a combining mark after the first character
  EXPECT_FALSE(IsBareKey("\xCC\x81x"));  // but not as the first
  EXPECT_FALSE(IsBareKey("9x"));
  EXPECT_FALSE(IsBareKey("0"));
  EXPECT_FALSE(IsBareKey("a.b"));
  EXPECT_FALSE(IsBareKey("a-b"));
  EXPECT_FALSE(IsBareKey(""));
  EXPECT_FALSE(IsBareKey("\xF0\x9D\x90\x80"));  // U+1D400, a letter outside the BMP
}

TEST(PrintKeyTest, QuotesWhenAsked) {
  EXPECT_EQ(PrintKey("input_layernorm", false), "input_layernorm");
  EXPECT_EQ(PrintKey("a.b", true), "\"a.b\"");
  EXPECT_EQ(PrintKey("a.b", true, true), "'a.b'");
  EXPECT_EQ(PrintKey("plain", true), "\"plain\"");  // quoteProps "consistent"
}

}  // namespace
}  // namespace fib
