#include "config/toml_guard.h"

#include <gtest/gtest.h>

#include "config/config_formats.h"

namespace fib {
namespace {

std::string Ascii(std::string_view text) {
  AsciiToml ascii = ToAsciiToml(text);
  EXPECT_FALSE(ascii.problem) << ascii.problem->message;
  return ascii.text;
}

std::string ProblemOf(std::string_view text, size_t* offset = nullptr) {
  AsciiToml ascii = ToAsciiToml(text);
  if (!ascii.problem) return "";
  if (offset) *offset = ascii.problem->offset;
  return ascii.problem->message;
}

TEST(TomlGuardTest, AsciiDocumentsAreUnchanged) {
  std::string text =
      "[a]\n[[b . c]]\n[ \"d\" ]\nx = [\n  [ +1 ],\n  { y = 2 },\n]\n"
      "s = '''a\\b\"'''\nt = \"\"\"q \"\"\"\"\n";
  EXPECT_EQ(Ascii(text), text);
}

// Strings keep their values; comments lose their non-ASCII characters; lines stay lines.
TEST(TomlGuardTest, NonAsciiCharactersBecomeEscapes) {
  EXPECT_EQ(Ascii("a = \"é\" # ключ\n'ключ' = 'é\\\"'\nb = \"🚀\"\n"),
            "a = \"\\u00E9\" # ????\n\"\\u043A\\u043B\\u044E\\u0447\" = \"\\u00E9\\\\\\\"\"\n"
            "b = \"\\U0001F680\"\n");
  EXPECT_EQ(Ascii("s = \"\"\"\\\n  \xC2\xA7\"\"\"\nt = '''é\n'''\n"),
            "s = \"\"\"\\\n  \\u00A7\"\"\"\nt = \"\"\"\\u00E9\n\"\"\"\n");
  Result<OrderedJson> value = ParseConfigText(
      "p.toml", "'ключ' = '''C:\\é'''\nb = \"\"\"\\\n  é\"\"\"\n", ConfigFormat::kToml);
  ASSERT_TRUE(value.ok()) << Render(value.error());
  EXPECT_EQ((*value)["ключ"], "C:\\é");
  EXPECT_EQ((*value)["b"], "é");
}

// Found by fuzz/pyproject_fuzzer.cc and fuzz/prettier_config_fuzzer.cc: on each of these toml++
// 3.3 reached __builtin_unreachable() or failed an assertion.
TEST(TomlGuardTest, WhatTomlppCannotTakeIsRefusedOrMadeHarmless) {
  size_t offset = 0;
  EXPECT_EQ(ProblemOf("a = 1\n4\xC3\xA6= ", &offset),
            "a non-ASCII character outside a string or a comment");
  EXPECT_EQ(offset, 7u);
  EXPECT_EQ(ProblemOf("[\x07]\nfile = 5\n", &offset),
            "a control character (U+0007), which TOML allows nowhere");
  EXPECT_EQ(offset, 1u);
  EXPECT_EQ(ProblemOf("a = 1\n  [?]t\n", &offset), "a table header that does not start with a key");
  EXPECT_EQ(offset, 9u);
  EXPECT_EQ(ProblemOf("s = \"\\é\"\n"), "a backslash before a non-ASCII character in a string");
  EXPECT_EQ(ProblemOf("s = \"\xC3\"\n"), "the text is not UTF-8");
  // Garbage before a string: toml++ read on through the quote as part of a bare value.
  std::string garbage = Ascii("file = [4ool.x=\"к.ts \"\n");
  EXPECT_EQ(garbage, "file = [4ool.x=\"\\u043A.ts \"\n");
  EXPECT_FALSE(ParseConfigText("p.toml", "file = [4ool.x=\"к.ts \"\n", ConfigFormat::kToml).ok());
  Result<OrderedJson> spaced =
      ParseConfigText("p.toml", "s = \"\"\"\n\\  \xC2\xA7\"\"\"\n", ConfigFormat::kToml);
  EXPECT_FALSE(spaced.ok());
}

// Found by the CI fuzz runs: toml++ 3.3 asserts on a table header whose first character does
// not start a key (`[#`, `[;`). A `[` that opens an array element is no header.
TEST(TomlGuardTest, TableHeaderThatDoesNotStartWithAKeyIsFound) {
  size_t offset = 0;
  EXPECT_EQ(ProblemOf("a = 1\n[# note\n", &offset),
            "a table header that does not start with a key");
  EXPECT_EQ(offset, 7u);  // the character that does not start a key
  EXPECT_NE(ProblemOf("  [[ # note\n"), "");
  EXPECT_EQ(ProblemOf("[;olo.fib-mfilE = 5\n", &offset),
            "a table header that does not start with a key");
  EXPECT_EQ(offset, 1u);
  Ascii("[tool]\n[[ \"a\".b ]]\n['c']\n[ d-e_1 ]\n");
  Ascii("a = [ # note\n  1,\n]\n[tool]\n");
  Ascii("a = [\n  [1, 2],\n[{ x = 1 }],\n  [ # c\n 3]]\n[tool]\nb = 1\n");
}

}  // namespace
}  // namespace fib
