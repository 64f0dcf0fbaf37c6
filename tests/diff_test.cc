// `fib-modelgen diff` end to end on two hand-made files (tests/golden/diff/before.ts →
// after.ts; their text, Markdown and Mermaid goldens are cases of the CLI golden suite): exit
// codes, git revisions, and the summary that
// `generate --dry-run` prints above its unified diff.
#include <gtest/gtest.h>

#include <cstdlib>

#include "test_support.h"

namespace fib {
namespace {

const char kBefore[] = "tests/golden/diff/before.ts";
const char kAfter[] = "tests/golden/diff/after.ts";

TEST(DiffTest, TheSameFileHasNoChangesAndExitsZero) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run = testing::RunTool({"diff", kAfter, kAfter});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "models: no semantic changes (3 unchanged)\n");
  testing::RunOutput md = testing::RunTool({"diff", kAfter, kAfter, "--format", "md"});
  EXPECT_EQ(md.out,
            "### Models in `tests/golden/diff/after.ts`: no semantic changes (3 unchanged)\n");
}

TEST(DiffTest, InvalidModelsAreReportedWithTheirPlace) {
  testing::TempDir temp;
  std::string bad = temp.File("bad.ts");
  testing::WriteText(bad,
                     "const models = [{ id: \"x\", name: \"X\", modules: { a: { count: 0, type: "
                     "\"layer\" } } }]\n");
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run = testing::RunTool({"diff", kAfter, bad});
  EXPECT_EQ(run.exit_code, 6);
  EXPECT_NE(run.err.find(bad + ":1:"), std::string::npos) << run.err;
  EXPECT_EQ(testing::RunTool({"diff", kAfter, temp.File("missing.ts")}).exit_code, 3);
}

TEST(DiffTest, GitRevisionsOfOneFile) {
  if (std::system("git --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "git is not installed";
  testing::TempDir temp;
  std::filesystem::path source = testing::SourceDir();
  std::filesystem::current_path(temp.path());
  testing::WriteText("models.ts", testing::ReadText((source / kBefore).string()));
  ASSERT_EQ(std::system("git init -q . && git add models.ts && git -c user.name=t "
                        "-c user.email=t@t commit -qm one"),
            0);
  testing::WriteText("models.ts", testing::ReadText((source / kAfter).string()));
  testing::RunOutput run = testing::RunTool({"diff", "HEAD:models.ts", "models.ts"});
  std::filesystem::current_path(source);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out, testing::ReadText((source / "tests/golden/diff/format-text/stdout").string()));
  std::filesystem::current_path(temp.path());
  testing::RunOutput missing = testing::RunTool({"diff", "HEAD:nope.ts", "models.ts"});
  std::filesystem::current_path(source);
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_EQ(missing.err.rfind("fib-modelgen: error: cannot read 'HEAD:nope.ts': git: ", 0), 0u)
      << missing.err;
}

}  // namespace
}  // namespace fib

namespace fib {
namespace {

// refresh --check: the semantic summary, a blank line, then the unified diff.
TEST(DiffTest, RefreshCheckPrintsTheSummaryAboveTheDiff) {
  testing::TempDir temp;
  std::filesystem::path source = testing::SourceDir();
  testing::WriteText(temp.File("models.ts"), testing::ReadText((source / kAfter).string()));
  testing::WriteText(temp.File("manifest.json"),
                     "{\"output\": \"models.ts\", \"models\": [{\"id\": \"llama-3.1-8b\", "
                     "\"config\": \"" +
                         (source / "fixtures/configs/llama-3.1-8b.json").string() + "\"}]}");
  testing::RunOutput run = testing::RunTool(
      {"refresh", "--manifest", temp.File("manifest.json"), "--check", "--allow-outside-repo"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  std::string expected_start =
      "added: llama-3.1-8b\n"
      "refresh: 1 added, 0 updated, 0 unchanged, 0 skipped (" +
      temp.File("models.ts") +
      ")\n"
      "+ llama-3.1-8b \"Llama 3.1 8B\": ";
  EXPECT_EQ(run.out.substr(0, expected_start.size()), expected_start);
  // The module and name counts are the generator's business; the layout is this test's.
  EXPECT_NE(
      run.out.find(" definitions\nmodels: 1 added, 0 removed, 0 changed, 3 unchanged\n\n--- "),
      std::string::npos)
      << run.out;
}

}  // namespace
}  // namespace fib
