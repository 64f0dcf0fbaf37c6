#include "config/toml_guard.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(TomlGuardTest, NonAsciiInStringsAndCommentsIsFine) {
  EXPECT_FALSE(FindTomlHazard("a = \"é\" # ключ\n'ключ' = 'é'\nb = \"\"\"é\n\"\"\"\n"));
  EXPECT_FALSE(FindTomlHazard("s = \"\"\"a\\\n  b é\"\"\"\nt = '''x\\\né'''\n"));
  EXPECT_FALSE(FindTomlHazard("q = \"\"\"say \"hi\"\"\"\"\nafter = \"é\"\n"));
}

// Found by the CI fuzz run: toml++ 3.3 asserts on a comment inside a table header.
TEST(TomlGuardTest, CommentInATableHeaderIsFoundButNotInAnArray) {
  std::optional<JsonProblem> header = FindTomlHazard("a = 1\n[# note\n");
  ASSERT_TRUE(header);
  EXPECT_EQ(header->offset, 6u);
  EXPECT_TRUE(FindTomlHazard("  [[ # note\n"));
  EXPECT_FALSE(FindTomlHazard("a = [ # note\n  1,\n]\n[tool]\n"));
}

// Found by fuzz/pyproject_fuzzer.cc: toml++ 3.3 reaches __builtin_unreachable() on these.
TEST(TomlGuardTest, NonAsciiWhereTomlppChecksForWhitespaceIsFound) {
  std::optional<JsonProblem> bare = FindTomlHazard("a = 1\n4\xC3\xA6= ");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->offset, 7u);
  EXPECT_EQ(bare->message, "a non-ASCII character outside a string or a comment");
  std::optional<JsonProblem> continued = FindTomlHazard("s = \"\"\"\\\n  \xC2\xA7\"\"\"\n");
  ASSERT_TRUE(continued);
  EXPECT_EQ(continued->offset, 11u);
  std::optional<JsonProblem> escaped = FindTomlHazard("s = \"\"\"\n\\  \xC2\xA7\"\"\"\n");
  ASSERT_TRUE(escaped);
  EXPECT_EQ(escaped->offset, 11u);
  std::optional<JsonProblem> control = FindTomlHazard("[\x07]\nfile = 5\n");
  ASSERT_TRUE(control);
  EXPECT_EQ(control->offset, 1u);
  EXPECT_EQ(control->message, "a control character (U+0007), which TOML allows nowhere");
}

}  // namespace
}  // namespace fib
