#include "arch/families.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace fib {
namespace {

TEST(FamiliesTest, AliasesAndClassPrefixesFindTheirRow) {
  EXPECT_EQ(FindFamily("qwen3_5_moe_text")->model_type, "qwen3_5_moe");
  EXPECT_EQ(FindFamily("kimi_k2")->model_type, "deepseek_v3");
  EXPECT_EQ(FindFamily("gemma3_text")->model_type, "gemma3");
  EXPECT_EQ(FindFamily("foo"), nullptr);
  EXPECT_EQ(FindFamily(""), nullptr);
  // The longest prefix wins: Qwen3MoeFor is not Qwen3For's.
  EXPECT_EQ(FindFamilyOfClass("Qwen3MoeForCausalLM")->model_type, "qwen3_moe");
  EXPECT_EQ(FindFamilyOfClass("Qwen3ForCausalLM")->model_type, "qwen3");
  EXPECT_EQ(FindFamilyOfClass("Qwen3VLMoeForConditionalGeneration")->model_type, "qwen3_vl_moe");
  EXPECT_EQ(FindFamilyOfClass("KimiForCausalLM"), nullptr);
}

TEST(FamiliesTest, EveryNameBelongsToOneRow) {
  std::set<std::string> seen;
  for (const Family& family : AllFamilies()) {
    EXPECT_TRUE(seen.insert(family.model_type).second) << family.model_type;
    for (const std::string& alias : family.aliases) {
      EXPECT_TRUE(seen.insert(alias).second) << alias;
    }
  }
}

TEST(FamiliesTest, DocsDescribeEveryRow) {
  std::ifstream in(std::string(FIB_SOURCE_DIR) + "/docs/generator.md");
  std::stringstream text;
  text << in.rdbuf();
  for (const Family& family : AllFamilies()) {
    EXPECT_NE(text.str().find("`" + family.model_type + "`"), std::string::npos)
        << family.model_type << " is not in docs/generator.md";
  }
}

TEST(FamiliesTest, RefusedRowsNameTheirKeys) {
  for (const Family& family : AllFamilies()) {
    if (family.refusal.empty()) continue;
    EXPECT_FALSE(family.refusal_keys.empty()) << family.model_type;
  }
}

}  // namespace
}  // namespace fib
