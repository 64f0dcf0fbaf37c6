// `refresh` end to end over the team's fixtures: adds, idempotence (mtime kept), a config
// change updates exactly one entry, --check, manual entries, all-or-nothing failures.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;
using testing::ReadText;
using testing::RunTool;
using testing::WriteText;

class RefreshTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(testing::SourceDir() / "fixtures", temp_.path(), fs::copy_options::recursive);
    manifest_ = temp_.File("manifest.json");
    target_ = temp_.File("models.ts");
    original_ = ReadText(target_);
  }

  testing::RunOutput Refresh(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"refresh", "--manifest", manifest_};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunTool(args);
  }

  testing::TempDir temp_;
  std::string manifest_, target_, original_;
};

TEST_F(RefreshTest, FirstRunAddsSecondRunChangesNothingAndKeepsTheMtime) {
  testing::RunOutput first = Refresh();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("refresh: 7 added, 0 updated, 0 unchanged, 0 skipped"),
            std::string::npos)
      << first.out;
  std::string kept = original_.substr(0, original_.find("\n] satisfies"));
  EXPECT_EQ(ReadText(target_).substr(0, kept.size()), kept) << "existing models stay first";
  EXPECT_EQ(RunTool({"check", target_}).exit_code, 0);
  fs::last_write_time(target_, fs::last_write_time(target_) - std::chrono::hours(2));
  auto stamp = fs::last_write_time(target_);
  std::string once = ReadText(target_);
  testing::RunOutput second = Refresh();
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.out.find("refresh: 0 added, 0 updated, 7 unchanged, 0 skipped"),
            std::string::npos)
      << second.out;
  EXPECT_EQ(ReadText(target_), once);
  EXPECT_EQ(fs::last_write_time(target_), stamp);
}

TEST_F(RefreshTest, AConfigChangeUpdatesExactlyOneEntry) {
  ASSERT_EQ(Refresh().exit_code, 0);
  std::string config = temp_.File("configs/llama-3.1-8b.json");
  std::string text = ReadText(config);
  text.replace(text.find("\"intermediate_size\": 14336"), 26, "\"intermediate_size\": 14000");
  WriteText(config, text);
  testing::RunOutput run = Refresh();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("updated: llama-3.1-8b"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("refresh: 0 added, 1 updated, 6 unchanged, 0 skipped"), std::string::npos)
      << run.out;
  EXPECT_NE(ReadText(target_).find("gemm_n28000_k4096"), std::string::npos);
}

// In GitHub Actions: one annotation per model that is not up to date, at its line.
TEST_F(RefreshTest, CheckAnnotatesEachStaleModelForGitHub) {
  ASSERT_EQ(Refresh().exit_code, 0);
  std::string config = temp_.File("configs/llama-3.1-8b.json");
  std::string text = ReadText(config);
  text.replace(text.find("\"intermediate_size\": 14336"), 26, "\"intermediate_size\": 14000");
  WriteText(config, text);
  std::string models = ReadText(target_);
  // The id stands on line (newlines before it) + 1, the element's '{' on the line above.
  size_t line =
      std::count(models.begin(), models.begin() + models.find("id: \"llama-3.1-8b\""), '\n');
  testing::RunOutput run = Refresh({"--check", "--output-format", "github"});
  EXPECT_EQ(run.exit_code, 1);
  std::string expected =
      "::error file=" + target_ + ",line=" + std::to_string(line) +
      ",col=1,title=fib-modelgen refresh::\"llama-3.1-8b\" differs from what the "
      "manifest generates%0Ahelp: run 'fib-modelgen refresh --manifest " +
      manifest_ + "'\n";
  EXPECT_NE(run.out.find(expected), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("::error", run.out.find(expected) + 1), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("is not up to date"), std::string::npos);
  // Without --output-format, no annotations.
  EXPECT_EQ(Refresh({"--check"}).out.find("::error"), std::string::npos);
}

TEST_F(RefreshTest, CheckExitsOneWithADiffThenZeroAfterARefresh) {
  testing::RunOutput stale = Refresh({"--check"});
  EXPECT_EQ(stale.exit_code, 1);
  EXPECT_NE(stale.out.find("+++ " + target_), std::string::npos);
  EXPECT_NE(stale.err.find("is not up to date"), std::string::npos);
  EXPECT_EQ(ReadText(target_), original_) << "--check writes nothing";
  ASSERT_EQ(Refresh().exit_code, 0);
  testing::RunOutput fresh = Refresh({"--check"});
  EXPECT_EQ(fresh.exit_code, 0) << fresh.out;
  EXPECT_EQ(fresh.out.find("+++"), std::string::npos);
}

TEST_F(RefreshTest, ManualEntriesAreNeverTouched) {
  ASSERT_EQ(Refresh().exit_code, 0);
  std::string text = ReadText(target_);
  std::string marker = "  // fib-modelgen: generated from configs/deepseek-v3.json";
  size_t at = text.find(marker);
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "  // fib-modelgen: manual (hand-tuned for the B200 deployment)\n");
  text.replace(text.find("count: 58"), 9, "count: 57");
  WriteText(target_, text);
  testing::RunOutput run = Refresh();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("skipped: deepseek-v3 (marked 'fib-modelgen: manual')"), std::string::npos)
      << run.out;
  EXPECT_EQ(ReadText(target_), text);
}

TEST_F(RefreshTest, AFailingModelLeavesTheFileAsItWas) {
  std::string manifest = ReadText(manifest_);
  manifest.replace(manifest.find("\"tp\": 8, \"ep\": 8"), 16, "\"tp\": 8, \"ep\": 7");
  manifest.replace(manifest.find("configs/nemotron-h-8b.json"), 26, "configs/missing.json");
  WriteText(manifest_, manifest);
  testing::RunOutput run = Refresh();
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find("model \"deepseek-v3\" failed"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("is not divisible by --ep 7"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("model \"nemotron-h-8b\" failed"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("2 of 7 models failed; nothing was written"), std::string::npos);
  EXPECT_EQ(ReadText(target_), original_);
}

TEST_F(RefreshTest, ManifestTyposAreErrorsWithTheirPlace) {
  WriteText(manifest_, R"({
  "output": "models.ts",
  "modles": [],
  "models": [
    { "id": "a", "config": "configs/qwen3-8b.json", "tpp": 2 },
    { "id": "a", "config": "configs/qwen3-8b.json", "ep": [2] }
  ]
})");
  testing::RunOutput run = Refresh();
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err, manifest_ +
                         ":3:13: error: unknown key 'modles' in the manifest (did you "
                         "mean 'models'?)\n"
                         " 3 |   \"modles\": [],\n"
                         "   |             ^\n"
                         "note: unknown key 'tpp' in a model entry (did you mean 'tp'?) "
                         "(line 5)\n"
                         "note: 'ep' must be a positive integer (line 6)\n"
                         "note: duplicate id 'a' in the manifest (line 6)\n"
                         "help: see fixtures/manifest.json for a complete example\n");
  EXPECT_EQ(ReadText(target_), original_);
}

TEST(RefreshSharedTest, AllSharedConfigsRefreshIntoUpstreamTwice) {
  std::optional<fs::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the 33-config refresh needs it";
  testing::TempDir temp;
  std::string target = temp.File("models.ts");
  WriteText(target, ReadText((*shared / "fixtures/upstream/models.ts").string()));
  std::string models;
  for (const auto& entry : fs::directory_iterator(*shared / "fixtures/configs")) {
    if (entry.path().extension() != ".json") continue;
    models += std::string(models.empty() ? "" : ",\n") + "{\"id\": \"" +
              entry.path().stem().string() + "\", \"config\": \"" + entry.path().string() + "\"}";
  }
  WriteText(temp.File("manifest.json"), "{\"output\": \"models.ts\", \"definitions\": \"" +
                                            (*shared / "fixtures/flashinfer-trace").string() +
                                            "\", \"models\": [" + models + "]}");
  testing::RunOutput first =
      RunTool({"refresh", "--manifest", temp.File("manifest.json"), "--allow-outside-repo"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  // Five of the configs share their id with an upstream entry, which is replaced in place.
  EXPECT_NE(first.out.find("refresh: 28 added, 5 updated, 0 unchanged, 0 skipped"),
            std::string::npos)
      << first.out;
  EXPECT_EQ(RunTool({"check", target}).exit_code, 0);
  std::string once = ReadText(target);
  testing::RunOutput second =
      RunTool({"refresh", "--manifest", temp.File("manifest.json"), "--allow-outside-repo"});
  EXPECT_NE(second.out.find("0 added, 0 updated, 33 unchanged"), std::string::npos) << second.out;
  EXPECT_EQ(ReadText(target), once);
}

}  // namespace
}  // namespace fib
