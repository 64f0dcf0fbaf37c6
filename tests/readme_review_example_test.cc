// The README's review example is what the tool prints: the upstream models.ts (../shared;
// skipped when absent) with DeepSeek V3 regenerated at TP 8, EP 8, compared with `diff` as
// text and as Mermaid.
#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

// The text from the line after the one where `after` ends to the next line "```".
std::string BlockAfter(const std::string& text, const std::string& after) {
  size_t start = text.find(after);
  if (start == std::string::npos) return "";
  start = text.find('\n', start + after.size()) + 1;
  return text.substr(start, text.find("\n```\n", start) + 1 - start);
}

TEST(ReadmeReviewExampleTest, TheDiffAndThePictureAreWhatTheToolPrints) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the README example is made from it";
  testing::TempDir temp;
  std::string old_file = temp.File("old.ts"), new_file = temp.File("models.ts");
  std::string upstream = testing::ReadText((*shared / "fixtures/upstream/models.ts").string());
  testing::WriteText(old_file, upstream);
  testing::WriteText(new_file, upstream);
  ASSERT_EQ(testing::RunTool({"generate", "--config",
                              (*shared / "fixtures/configs/deepseek-v3.json").string(),
                              "--model-name", "deepseek-v3", "--name", "DeepSeek V3/R1", "--tp",
                              "8", "--ep", "8", "--output", new_file})
                .exit_code,
            0);
  std::string readme = testing::SourceFile("README.md");
  EXPECT_EQ(testing::RunTool({"diff", old_file, new_file}).out,
            BlockAfter(readme, "$ fib-modelgen diff /tmp/old.ts web/apps/web/data/models.ts"));
  EXPECT_EQ(testing::RunTool({"diff", old_file, new_file, "--format", "mermaid"}).out,
            BlockAfter(readme,
                       "change as a picture (`--format mermaid`), as GitHub shows it:\n"
                       "\n```mermaid"));
}

}  // namespace
}  // namespace fib
