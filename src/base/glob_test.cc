#include "base/glob.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

using Strings = std::vector<std::string>;

TEST(ExpandBracesTest, AlternativesRangesAndNesting) {
  EXPECT_EQ(ExpandBraces("*.{ts,tsx}"), (Strings{"*.ts", "*.tsx"}));
  EXPECT_EQ(ExpandBraces("a{b,{c,d}}e"), (Strings{"abe", "ace", "ade"}));
  EXPECT_EQ(ExpandBraces("f{1..3}"), (Strings{"f1", "f2", "f3"}));
  EXPECT_EQ(ExpandBraces("f{3..1}"), (Strings{"f3", "f2", "f1"}));
  EXPECT_EQ(ExpandBraces("{x}.{a,b}"), (Strings{"{x}.a", "{x}.b"}));
  EXPECT_EQ(ExpandBraces("\\{a,b}"), (Strings{"\\{a,b}"}));
  EXPECT_EQ(ExpandBraces("{a,b"), (Strings{"{a,b"}));
}

// Found by fuzz/editorconfig_fuzzer.cc: a section header of an .editorconfig expanded without
// bound (out of memory), and stars backtracked exponentially.
TEST(ExpandBracesTest, TooManyPatternsExpandToNone) {
  EXPECT_TRUE(ExpandBraces("{1..100000000}").empty());
  std::string doubling;
  for (int i = 0; i < 40; ++i) doubling += "{a,b}";
  EXPECT_TRUE(ExpandBraces(doubling).empty());
  EXPECT_FALSE(GlobMatch(doubling, std::string(40, 'a')));
  EXPECT_EQ(ExpandBraces("{1..9999}").size(), 9999u);
}

TEST(GlobMatchTest, ManyStarsDoNotBacktrackForever) {
  std::string stars;
  for (int i = 0; i < 60; ++i) stars += "*a";
  EXPECT_FALSE(GlobMatch(stars + "b", std::string(200, 'a')));
  EXPECT_TRUE(GlobMatch("**/**/**/**/**/**/*.ts", "a/b/c/models.ts"));
}

TEST(GlobMatchTest, StarStaysInOneFolder) {
  EXPECT_TRUE(GlobMatch("*.ts", "models.ts"));
  EXPECT_TRUE(GlobMatch("*.ts", ".ts"));
  EXPECT_FALSE(GlobMatch("*.ts", "data/models.ts"));
  EXPECT_FALSE(GlobMatch("*.ts", "models.tsx"));
  EXPECT_TRUE(GlobMatch("data/*", "data/models.ts"));
  EXPECT_FALSE(GlobMatch("data/*", "data/x/models.ts"));
}

TEST(GlobMatchTest, GlobstarCrossesFoldersAndMayBeEmpty) {
  EXPECT_TRUE(GlobMatch("**/*.ts", "models.ts"));
  EXPECT_TRUE(GlobMatch("**/*.ts", "web/apps/web/data/models.ts"));
  EXPECT_TRUE(GlobMatch("web/**/models.ts", "web/models.ts"));
  EXPECT_TRUE(GlobMatch("web/**/models.ts", "web/apps/web/data/models.ts"));
  EXPECT_TRUE(GlobMatch("web/**", "web/apps/x.ts"));
  EXPECT_FALSE(GlobMatch("web/**/models.ts", "other/models.ts"));
}

TEST(GlobMatchTest, QuestionMarkSetsAndEscapes) {
  EXPECT_TRUE(GlobMatch("model?.ts", "models.ts"));
  EXPECT_FALSE(GlobMatch("a?b", "a/b"));
  EXPECT_TRUE(GlobMatch("[mn]odels.ts", "models.ts"));
  EXPECT_TRUE(GlobMatch("[a-z]odels.ts", "models.ts"));
  EXPECT_FALSE(GlobMatch("[!m]odels.ts", "models.ts"));
  EXPECT_TRUE(GlobMatch("[^x]odels.ts", "models.ts"));
  EXPECT_TRUE(GlobMatch("\\*.ts", "*.ts"));
  EXPECT_FALSE(GlobMatch("\\*.ts", "a.ts"));
  EXPECT_TRUE(GlobMatch("[.ts", "[.ts"));  // an unclosed set is literal
}

TEST(GlobMatchTest, BracesChooseAmongPatterns) {
  EXPECT_TRUE(GlobMatch("*.{js,ts}", "models.ts"));
  EXPECT_FALSE(GlobMatch("*.{js,tsx}", "models.ts"));
  EXPECT_TRUE(GlobMatch("v{1..3}.ts", "v2.ts"));
  EXPECT_FALSE(GlobMatch("v{1..3}.ts", "v4.ts"));
}

}  // namespace
}  // namespace fib
