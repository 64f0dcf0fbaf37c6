#include "config/toml_reader.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(TomlReaderTest, ReadsATable) {
  Result<toml::table> table = ParseTomlTable("p.toml", "[tool.x]\nfile = \"a.ts\"\n", "");
  ASSERT_TRUE(table.ok());
  EXPECT_EQ((*table)["tool"]["x"]["file"].value_or(std::string()), "a.ts");
}

TEST(TomlReaderTest, ParseErrorsAreLocated) {
  Result<toml::table> table = ParseTomlTable("p.toml", "a = 1\nb = \n", "fix it");
  ASSERT_FALSE(table.ok());
  ASSERT_TRUE(table.error().where.has_value());
  EXPECT_EQ(table.error().where->line, 2u);
  EXPECT_EQ(table.error().help, "fix it");
}

// Found by fuzzing: a time whose hour is not a digit breaks toml++ 3.3's precondition in
// parse_time (an assert, or __builtin_assume under clang with NDEBUG). It is an input error.
TEST(TomlReaderTest, BrokenPreconditionIsAnInputError) {
  Result<toml::table> table = ParseTomlTable("p.toml", "t = 1970-02-27TA7:32:00Z\n", "");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().kind, ErrorKind::kInput);
  EXPECT_NE(table.error().message.find("its check 'is_decimal_digit(*cp)' failed"),
            std::string::npos)
      << table.error().message;
}

}  // namespace
}  // namespace fib
