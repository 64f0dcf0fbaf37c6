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
