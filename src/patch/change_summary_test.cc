#include "patch/change_summary.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

const char* const kBefore =
    "export default [\n"
    "  { id: \"a\", name: \"A\", modules: { R: { count: 1, type: \"block\" } } },\n"
    "];\n";

TEST(ChangeSummaryTest, SaysWhatChangesInTheModels) {
  std::string after = std::string(kBefore);
  after.replace(after.find("count: 1"), 8, "count: 2");
  std::string summary = SummaryAbove(kBefore, after, "m.ts", ArrayQuery{});
  EXPECT_NE(summary.find("~ a \"A\"\n"), std::string::npos) << summary;
  EXPECT_NE(summary.find("R: count 1 → 2"), std::string::npos) << summary;
  EXPECT_EQ(summary.back(), '\n');
}

TEST(ChangeSummaryTest, NothingWhenTheModelsAreEqualOrUnreadable) {
  EXPECT_EQ(SummaryAbove(kBefore, kBefore, "m.ts", ArrayQuery{}), "");
  EXPECT_EQ(SemanticSummary(kBefore, "export default [", "m.ts", ArrayQuery{}), "");
}

TEST(ChangeSummaryTest, AFileThatDidNotExistAddsEveryModel) {
  EXPECT_NE(SemanticSummary("", kBefore, "m.ts", ArrayQuery{}).find("+ a"), std::string::npos);
}

}  // namespace
}  // namespace fib
