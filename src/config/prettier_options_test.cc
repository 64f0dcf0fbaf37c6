#include "config/prettier_options.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

PrettierOptions Read(const std::string& json) {
  Result<PrettierOptions> options = OptionsFromJson(OrderedJson::parse(json), "'x'");
  EXPECT_TRUE(options.ok()) << (options ? "" : Render(options.error()));
  return options ? *options : PrettierOptions{};
}

std::string ErrorOf(const std::string& json) {
  Result<PrettierOptions> options = OptionsFromJson(OrderedJson::parse(json), "'.prettierrc'");
  return options ? "" : options.error().message;
}

TEST(OptionsFromJsonTest, ReadsTheOptionsThatChangeThePrint) {
  PrettierOptions options = Read(
      R"({"printWidth": 100, "tabWidth": 4.0, "useTabs": true, "semi": false, "singleQuote": true,
          "quoteProps": "consistent", "trailingComma": "none", "bracketSpacing": false,
          "arrowParens": "avoid", "endOfLine": "crlf", "overrides": [], "objectWrap": "preserve"})");
  EXPECT_EQ(options.print_width, 100u);
  EXPECT_EQ(options.tab_width, 4u);
  EXPECT_EQ(options.use_tabs, true);
  EXPECT_EQ(options.semi, false);
  EXPECT_EQ(options.single_quote, true);
  EXPECT_EQ(options.quote_props, QuoteProps::kConsistent);
  EXPECT_EQ(options.trailing_comma, TrailingComma::kNone);
  EXPECT_EQ(options.bracket_spacing, false);
  EXPECT_EQ(Read("{}"), PrettierOptions{});
  EXPECT_EQ(Read(R"({"trailingComma": "es5", "quoteProps": "preserve"})").trailing_comma,
            TrailingComma::kEs5);
}

TEST(OptionsFromJsonTest, RefusesWhatPrettierRefuses) {
  EXPECT_EQ(ErrorOf(R"({"printWidth": "80"})"),
            "invalid printWidth in '.prettierrc': expected an integer of at least 0, got \"80\"");
  EXPECT_EQ(ErrorOf(R"({"tabWidth": -2})"),
            "invalid tabWidth in '.prettierrc': expected an integer of at least 0, got -2");
  EXPECT_EQ(ErrorOf(R"({"tabWidth": 2.5})"),
            "invalid tabWidth in '.prettierrc': expected an integer of at least 0, got 2.5");
  EXPECT_EQ(ErrorOf(R"({"semi": "false"})"),
            "invalid semi in '.prettierrc': expected true or false, got \"false\"");
  EXPECT_EQ(ErrorOf(R"({"quoteProps": "always"})"),
            "invalid quoteProps in '.prettierrc': expected \"as-needed\", \"consistent\" or "
            "\"preserve\", got \"always\"");
  EXPECT_EQ(ErrorOf(R"({"trailingComma": true})"),
            "invalid trailingComma in '.prettierrc': expected \"all\", \"es5\" or \"none\", got "
            "true");
  EXPECT_EQ(ErrorOf(R"({"objectWrap": "collapse"})"),
            "objectWrap \"collapse\" in '.prettierrc' is not supported by fib-modelgen");
}

TEST(MergeOptionsTest, LaterSourcesWinWhereTheySetAnOption) {
  PrettierOptions base = Read(R"({"printWidth": 100, "semi": false})");
  MergeOptions(base, Read(R"({"printWidth": 70, "singleQuote": true})"));
  EXPECT_EQ(base.print_width, 70u);
  EXPECT_EQ(base.semi, false);
  EXPECT_EQ(base.single_quote, true);
  EXPECT_FALSE(base.tab_width.has_value());
}

// Found by fuzz/prettier_config_fuzzer.cc: a tabWidth of 10^12 asked for a terabyte.
TEST(OptionsFromJsonTest, TabWidthHasALimit) {
  EXPECT_EQ(Read(R"({"tabWidth": 1000})").tab_width, 1000u);
  EXPECT_EQ(ErrorOf(R"({"tabWidth": 999999999999})"),
            "tabWidth 999999999999 in '.prettierrc' is past the limit of 1000");
  EXPECT_EQ(ErrorOf(R"({"tabWidth": 18446744073709551615})"),
            "tabWidth 18446744073709551615 in '.prettierrc' is past the limit of 1000");
}

}  // namespace
}  // namespace fib
