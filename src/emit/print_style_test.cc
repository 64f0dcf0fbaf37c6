#include "emit/print_style.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(PrintStyleTest, PrettiersDefaultsWithoutOptions) {
  PrintStyle style = StyleFromOptions(PrettierOptions{});
  EXPECT_EQ(style.print_width, 80u);
  EXPECT_EQ(style.tab_width, 2u);
  EXPECT_FALSE(style.use_tabs);
  EXPECT_TRUE(style.semi);
  EXPECT_FALSE(style.single_quote);
  EXPECT_EQ(style.quote_props, QuoteProps::kAsNeeded);
  EXPECT_EQ(style.trailing_comma, TrailingComma::kAll);
  EXPECT_TRUE(style.bracket_spacing);
  EXPECT_EQ(style.IndentUnit(), "  ");
  EXPECT_EQ(style.LastSeparator(), ",");
}

TEST(PrintStyleTest, OptionsReplaceDefaults) {
  PrettierOptions options;
  options.tab_width = 4;
  options.use_tabs = true;
  options.trailing_comma = TrailingComma::kNone;
  PrintStyle style = StyleFromOptions(options);
  EXPECT_EQ(style.IndentUnit(), "\t");
  EXPECT_EQ(style.IndentWidth("\t\t  "), 10u);  // a tab counts tabWidth columns
  EXPECT_EQ(style.LastSeparator(), "");
  options.use_tabs = false;
  EXPECT_EQ(StyleFromOptions(options).IndentUnit(), "    ");
}

}  // namespace
}  // namespace fib
