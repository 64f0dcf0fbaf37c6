// `coverage` on the upstream file against the real dataset (../shared; skipped when absent),
// checked against counts the test computes on its own from `list --format json` and the
// dataset's file names.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

std::set<std::string> DatasetNamesFromFileNames(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& op : fs::directory_iterator(dir)) {
    for (const auto& file : fs::directory_iterator(op.path()))
      names.insert(file.path().stem().string());
  }
  return names;
}

TEST(CoverageTest, UpstreamFileCountsMatchAnIndependentCount) {
  std::optional<fs::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the coverage comparison needs it";
  std::string file = (*shared / "fixtures/upstream/models.ts").string();
  std::string dataset_dir = (*shared / "fixtures/flashinfer-trace/definitions").string();
  std::set<std::string> dataset = DatasetNamesFromFileNames(dataset_dir);
  nlohmann::json models =
      nlohmann::json::parse(testing::RunTool({"list", "--format", "json", file}).out);
  testing::RunOutput run =
      testing::RunTool({"coverage", file, "--definitions", dataset_dir, "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json rows = nlohmann::json::parse(run.out);
  ASSERT_EQ(rows.size(), models.size());
  for (size_t i = 0; i < models.size(); ++i) {
    SCOPED_TRACE(models[i]["id"].get<std::string>());
    size_t layers = 0, covered = 0;
    std::set<std::string> names, missing;
    for (const auto& [key, module] : models[i]["modules"].items()) {
      if (module["type"] != "layer") continue;
      ++layers;
      if (module.contains("definitions") && !module["definitions"].empty()) ++covered;
      if (!module.contains("definitions")) continue;
      for (const auto& name : module["definitions"]) names.insert(name.get<std::string>());
    }
    for (const std::string& name : names) {
      if (!dataset.count(name)) missing.insert(name);
    }
    EXPECT_EQ(rows[i]["id"], models[i]["id"]);
    EXPECT_EQ(rows[i]["layers"], layers);
    EXPECT_EQ(rows[i]["layers_with_definitions"], covered);
    EXPECT_EQ(rows[i]["names"], names.size());
    EXPECT_EQ(rows[i]["names_in_dataset"], names.size() - missing.size());
    EXPECT_EQ(rows[i]["missing"].get<std::set<std::string>>(), missing);
  }
  testing::RunOutput md = testing::RunTool({"coverage", file, "--definitions", dataset_dir});
  EXPECT_NE(md.out.find("| llama-3.1-8b | 8/12 (67%) | 9/9 | none |\n"), std::string::npos)
      << md.out;
}

// tests/data/definitions is the bundled sample dataset plus one broken file, to show that
// broken files are reported, not fatal.
TEST(CoverageTest, BundledFixtureAsMarkdown) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run = testing::RunTool(
      {"coverage", "fixtures/models.ts", "--definitions", "tests/data/definitions"});
  EXPECT_EQ(run.exit_code, 0);
  testing::ExpectGolden("tests/golden/coverage/fixtures.md", run.out);
  testing::ExpectGolden("tests/golden/coverage/fixtures.stderr", run.err);
}

TEST(TreeTest, PlainWhenPipedFromAConfig) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run = testing::RunTool(
      {"tree", "--config", "fixtures/configs/nemotron-h-8b.json", "--model-name", "nemotron-h-8b"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  testing::ExpectGolden("tests/golden/tree/nemotron-h-8b.txt", run.out);
}

TEST(TreeTest, FromAFileById) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run = testing::RunTool({"tree", "fixtures/models.ts", "--id", "qwen2.5-7b"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::string expected =
      "Qwen2ForCausalLM (block x1)\n  Qwen2Model (block x1)\n    embed_tokens (layer x1)\n"
      "    layers (block x28)\n";
  EXPECT_EQ(run.out.substr(0, expected.size()), expected);
  testing::RunOutput missing = testing::RunTool({"tree", "fixtures/models.ts", "--id", "nope"});
  EXPECT_EQ(missing.exit_code, 6);
  EXPECT_EQ(testing::RunTool({"tree"}).exit_code, 2);
}

}  // namespace
}  // namespace fib
