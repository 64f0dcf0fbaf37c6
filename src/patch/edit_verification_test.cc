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

std::vector<size_t> CutsOf(const std::string& text, size_t pieces) {
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  EXPECT_TRUE(file.ok());
  return file.ok() ? CutPoints(file->array(), {}, pieces) : std::vector<size_t>{};
}

bool Verify(std::string_view text, const std::vector<size_t>& cuts, const Plan& plan) {
  bool ran_meanwhile = false;
  bool clean =
      VerifyInPieces("m.ts", text, cuts, plan, ArrayQuery{}, [&] { ran_meanwhile = true; });
  EXPECT_TRUE(ran_meanwhile);
  return clean;
}

TEST(VerifyInPiecesTest, CleanTextPassesWithTheRightIds) {
  std::string text =
      Models("const models = [\n", 20, "] satisfies Model[]\nexport default models\n");
  std::vector<size_t> cuts = CutsOf(text, 8);
  ASSERT_EQ(cuts.size(), 7u);
  for (size_t cut : cuts) EXPECT_EQ(text.substr(cut - 1, 4), ",\n  ");
  EXPECT_TRUE(Verify(text, cuts, PlanFor(20)));
  EXPECT_FALSE(Verify(text, cuts, PlanFor(19))) << "wrong ids";
}

TEST(VerifyInPiecesTest, ABrokenPieceFailsTheQuickCheck) {
  std::string text = Models("const models = [\n", 20, "]\n");
  std::vector<size_t> cuts = CutsOf(text, 8);
  for (size_t piece = 0; piece <= cuts.size(); ++piece) {
    std::string broken = text;
    broken.insert((piece == 0 ? 0 : cuts[piece - 1]) + 10, "\"unterminated");
    EXPECT_FALSE(Verify(broken, CutsOf(text, 8), PlanFor(20))) << "piece " << piece;
  }
}

TEST(VerifyInPiecesTest, ParenthesisedArraysFallBackToTheWholeParse) {
  // The last piece starts "[" and ends with an unmatched ")": the quick check cannot pass,
  // so ModelsFile parses the whole text instead, which is clean.
  std::string text = Models("const models = ([\n", 20, "] satisfies Model[])\n");
  EXPECT_FALSE(Verify(text, CutsOf(text, 4), PlanFor(20)));
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  ASSERT_TRUE(file.ok());
  Plan plan = PlanFor(20);
  size_t begin = text.find("{ id: \"m0\""), end = text.rfind("}") + 1;
  std::string body = text.substr(begin, end - begin);
  plan.edits.push_back({begin, end, body});  // rewrites nearly everything: not incremental
  Result<std::string> out = file->Apply(plan, ArrayQuery{});
  ASSERT_TRUE(out.ok()) << Render(out.error());
  EXPECT_EQ(*out, text);
}

TEST(CutPointsTest, NoCutsForSmallArraysOrInsideAnEdit) {
  EXPECT_TRUE(CutsOf(Models("const models = [\n", 3, "]\n"), 8).empty());
  std::string text = Models("const models = [\n", 6, "]\n");
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  ASSERT_TRUE(file.ok());
  std::vector<size_t> cuts = CutPoints(file->array(), {}, 2);
  ASSERT_EQ(cuts.size(), 1u);
  EXPECT_TRUE(CutPoints(file->array(), {{0, text.size() - 2, "x"}}, 2).empty());
  EXPECT_TRUE(CutPoints(file->array(), {{cuts[0], cuts[0], "x"}}, 2).empty()) << "insert at cut";
  EXPECT_EQ(CutPoints(file->array(), {{0, 5, "abcdefgh"}}, 2), std::vector<size_t>{cuts[0] + 3});
  EXPECT_EQ(CutPoints(file->array(), {{cuts[0] + 1, cuts[0] + 2, ""}}, 2), cuts) << "edit after";
}

}  // namespace
}  // namespace fib
