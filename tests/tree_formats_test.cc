// `tree --format mermaid|json` through the command line, as golden files; the JSON parses and
// holds every module once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace fib {
namespace {

size_t CountNodes(const nlohmann::json& nodes) {
  size_t count = 0;
  for (const nlohmann::json& node : nodes) count += 1 + CountNodes(node["children"]);
  return count;
}

TEST(TreeFormatsTest, MermaidFromAConfig) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run =
      testing::RunTool({"tree", "--config", "fixtures/configs/deepseek-v3.json", "--model-name",
                        "deepseek-v3", "--tp", "8", "--ep", "8", "--format", "mermaid"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  testing::ExpectGolden("tests/golden/tree/deepseek-v3.mmd", run.out);
}

TEST(TreeFormatsTest, MermaidFromAFile) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run =
      testing::RunTool({"tree", "fixtures/models.ts", "--id", "qwen2.5-7b", "--format", "mermaid"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  testing::ExpectGolden("tests/golden/tree/qwen2.5-7b.mmd", run.out);
}

TEST(TreeFormatsTest, JsonNestsEveryModuleOnce) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run =
      testing::RunTool({"tree", "--config", "fixtures/configs/qwen3-next-80b-a3b.json",
                        "--model-name", "qwen3-next", "--format", "json"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  testing::ExpectGolden("tests/golden/tree/qwen3-next.json", run.out);
  testing::RunOutput flat =
      testing::RunTool({"generate", "--config", "fixtures/configs/qwen3-next-80b-a3b.json",
                        "--model-name", "qwen3-next", "--stdout", "--format", "json"});
  nlohmann::json tree = nlohmann::json::parse(run.out);
  EXPECT_EQ(CountNodes(tree["tree"]), nlohmann::json::parse(flat.out)["modules"].size());
  EXPECT_EQ(tree["id"], "qwen3-next");
}

TEST(TreeFormatsTest, UnknownFormatIsAUsageError) {
  testing::RunOutput run = testing::RunTool({"tree", "--config", "x.json", "--format", "dot"});
  EXPECT_EQ(run.exit_code, 2);
}

}  // namespace
}  // namespace fib
