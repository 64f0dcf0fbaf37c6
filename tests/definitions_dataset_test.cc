// Generated names against the real Definition dataset in ../shared (skipped when absent):
// which generated names exist there, per model, and that every name the upstream file maps
// for those models that exists in the dataset is also generated.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "config/definition_dataset.h"
#include "test_support.h"

namespace fib {
namespace {

struct Case {
  std::string id, config, tp, ep, page_sizes;
  size_t present, total;  // generated names in the dataset / all generated names
};

TEST(DefinitionsDatasetTest, UpstreamNamesInTheDatasetAreAllGenerated) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the dataset comparison needs it";
  Result<DefinitionDataset> dataset =
      LoadDefinitionDataset((*shared / "fixtures/flashinfer-trace").string());
  ASSERT_TRUE(dataset.ok());
  EXPECT_EQ(dataset->names.size(), 156u);
  EXPECT_TRUE(dataset->broken.empty());
  nlohmann::json upstream =
      nlohmann::json::parse(testing::RunTool({"list", "--format", "json",
                                              (*shared / "fixtures/upstream/models.ts").string()})
                                .out);
  const std::vector<Case> cases = {
      {"llama-3.1-8b", "llama-3.1-8b", "1", "1", "1", 9, 9},
      {"qwen3-30b-a3b", "qwen3-30b-a3b", "1", "1", "1", 10, 10},
      {"qwen3-next-80b-a3b", "qwen3-next-80b-a3b", "1", "1", "1", 6, 18},
      {"deepseek-v3", "deepseek-v3", "8", "8", "1", 9, 17},
      {"kimi-k2", "kimi-k2-instruct", "8", "8", "1", 8, 17},
      {"minimax-m2", "minimax-m2.7", "8", "1", "1,64", 11, 14},
      {"llama-4-scout-17b-16e", "llama-4-scout-17b-16e", "8", "1", "1,64", 11, 15},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.id);
    testing::RunOutput run = testing::RunTool(
        {"generate", "--config", (*shared / "fixtures/configs" / (c.config + ".json")).string(),
         "--model-name", c.id, "--tp", c.tp, "--ep", c.ep, "--page-sizes", c.page_sizes, "--stdout",
         "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::set<std::string> generated = testing::DefinitionNames(nlohmann::json::parse(run.out));
    size_t present = std::count_if(generated.begin(), generated.end(),
                                   [&](const std::string& n) { return dataset->names.count(n); });
    EXPECT_EQ(present, c.present);
    EXPECT_EQ(generated.size(), c.total);
    auto it = std::find_if(upstream.begin(), upstream.end(),
                           [&](const nlohmann::json& m) { return m["id"] == c.id; });
    ASSERT_NE(it, upstream.end());
    for (const std::string& name : testing::DefinitionNames(*it)) {
      if (dataset->names.count(name)) {
        EXPECT_TRUE(generated.count(name)) << name;
      }
    }
  }
}

TEST(DefinitionsDatasetTest, GenerateReportsAndDropsMissingNames) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the dataset comparison needs it";
  std::string dir = (*shared / "fixtures/flashinfer-trace").string();
  testing::RunOutput run = testing::RunTool(
      {"generate", "--config", (*shared / "fixtures/configs/kimi-k2-instruct.json").string(),
       "--model-name", "kimi-k2", "--tp", "8", "--ep", "8", "--definitions", dir, "--only-existing",
       "--stdout", "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("8 of 17 generated definition names exist in"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("9 missing (dropped by --only-existing): gemm_n12288_k1536"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(testing::DefinitionNames(nlohmann::json::parse(run.out)).size(), 8u);
}

}  // namespace
}  // namespace fib
