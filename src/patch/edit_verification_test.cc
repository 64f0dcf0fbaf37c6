#include "patch/edit_verification.h"

#include <gtest/gtest.h>

#include "patch/models_file.h"

namespace fib {
namespace {

std::string Models(const std::string& prefix, int count, const std::string& suffix) {
  std::string text = prefix;
  for (int i = 0; i < count; ++i) {
    text += "  { id: \"m" + std::to_string(i) + "\", name: \"M\", modules: {} },\n";
  }
  return text + suffix;
}

Plan PlanFor(int count) {
  Plan plan;
  for (int i = 0; i < count; ++i) plan.expected_ids.push_back("m" + std::to_string(i));
  plan.expected_elements = plan.expected_ids.size();
  return plan;
}

size_t SplitOf(const std::string& text) {
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  EXPECT_TRUE(file.ok());
  std::optional<size_t> split = SplitPoint(file->array(), {});
  EXPECT_TRUE(split.has_value());
  return split.value_or(0);
}

TEST(VerifyInHalvesTest, CleanTextPassesWithTheRightIds) {
  std::string text =
      Models("const models = [\n", 6, "] satisfies Model[]\nexport default models\n");
  size_t split = SplitOf(text);
  EXPECT_EQ(text.substr(split - 1, 4), ",\n  ");
  EXPECT_TRUE(VerifyInHalves("m.ts", text, split, PlanFor(6), ArrayQuery{}));
  EXPECT_FALSE(VerifyInHalves("m.ts", text, split, PlanFor(5), ArrayQuery{})) << "wrong ids";
}

TEST(VerifyInHalvesTest, ABrokenHalfFailsTheQuickCheck) {
  std::string text = Models("const models = [\n", 6, "]\n");
  size_t split = SplitOf(text);
  std::string broken = text;
  broken.insert(split + 10, "\"unterminated");
  EXPECT_FALSE(VerifyInHalves("m.ts", broken, split, PlanFor(6), ArrayQuery{}));
}

TEST(VerifyInHalvesTest, ParenthesisedArraysFallBackToTheWholeParse) {
  // The second half starts "[" and ends with an unmatched ")": the quick check cannot pass,
  // so ModelsFile parses the whole text instead, which is clean.
  std::string text = Models("const models = ([\n", 6, "] satisfies Model[])\n");
  EXPECT_FALSE(VerifyInHalves("m.ts", text, SplitOf(text), PlanFor(6), ArrayQuery{}));
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  ASSERT_TRUE(file.ok());
  Plan plan = PlanFor(6);
  size_t begin = text.find("{ id: \"m0\""), end = text.rfind("}") + 1;
  std::string body = text.substr(begin, end - begin);
  plan.edits.push_back({begin, end, body});  // rewrites nearly everything: not incremental
  Result<std::string> out = file->Apply(plan, ArrayQuery{});
  ASSERT_TRUE(out.ok()) << Render(out.error());
  EXPECT_EQ(*out, text);
}

TEST(SplitPointTest, NoSplitForSmallArraysOrInsideAnEdit) {
  std::string small = Models("const models = [\n", 3, "]\n");
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", small, true, ArrayQuery{});
  ASSERT_TRUE(file.ok());
  EXPECT_FALSE(SplitPoint(file->array(), {}).has_value());
  std::string text = Models("const models = [\n", 6, "]\n");
  Result<ModelsFile> big = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  ASSERT_TRUE(big.ok());
  EXPECT_FALSE(SplitPoint(big->array(), {{0, text.size() - 2, "x"}}).has_value());
  EXPECT_EQ(SplitPoint(big->array(), {{0, 5, "abcdefgh"}}), SplitOf(text) + 3);
}

}  // namespace
}  // namespace fib
