// The kernel inventory against generation, over the 33 real configs in ../shared (skipped
// when absent): for every config, at TP 1 and at a TP list with the EP its size calls for,
// the inventory lists exactly the names `generate` emits, each under the modules that map
// it, with a TP exactly where the family is per rank.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "arch/detect.h"
#include "arch/sizing.h"
#include "config/model_config.h"
#include "naming/op_type.h"
#include "test_support.h"

namespace fib {
namespace {

using NamesByModule = std::set<std::pair<std::string, std::string>>;

NamesByModule FromModel(const nlohmann::json& model) {
  NamesByModule pairs;
  for (const auto& [key, module] : model["modules"].items()) {
    if (!module.contains("definitions")) continue;
    for (const auto& name : module["definitions"]) pairs.emplace(name.get<std::string>(), key);
  }
  return pairs;
}

void ExpectInventoryMatches(const std::vector<std::string>& flags, const std::string& dataset,
                            size_t tps) {
  std::vector<std::string> model_args = flags;
  model_args.insert(model_args.end(), {"--stdout", "--format", "json"});
  testing::RunOutput model = testing::RunTool(model_args);
  ASSERT_EQ(model.exit_code, 0) << model.err;
  std::vector<std::string> inventory_args = flags;
  inventory_args.insert(inventory_args.end(), {"--definitions", dataset, "--format", "kernels"});
  testing::RunOutput inventory = testing::RunTool(inventory_args);
  ASSERT_EQ(inventory.exit_code, 0) << inventory.err;
  nlohmann::json kernels = nlohmann::json::parse(inventory.out)["kernels"];
  NamesByModule listed;
  std::map<std::string, std::set<int64_t>> tps_of;
  for (const nlohmann::json& kernel : kernels) {
    std::string name = kernel["definition_name"];
    listed.emplace(name, kernel["module"].get<std::string>());
    EXPECT_EQ(kernel["op_type"], OpTypeOfName(name).value_or("?")) << name;
    bool per_rank = ShardsOfOpType(kernel["op_type"].get<std::string>()).tp;
    EXPECT_EQ(kernel["tp"].is_null(), !per_rank) << name;
    if (per_rank) tps_of[name].insert(kernel["tp"].get<int64_t>());
  }
  EXPECT_EQ(listed, FromModel(nlohmann::json::parse(model.out)));
  std::set<int64_t> all_tps;
  for (const auto& [name, tps_of_name] : tps_of)
    all_tps.insert(tps_of_name.begin(), tps_of_name.end());
  if (!tps_of.empty()) {
    EXPECT_EQ(all_tps.size(), tps);
  }
}

TEST(KernelInventorySharedTest, EveryConfigListsExactlyTheGeneratedNames) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the inventory suite needs its configs";
  std::string dataset = (*shared / "fixtures/flashinfer-trace").string();
  size_t configs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(*shared / "fixtures/configs")) {
    if (entry.path().extension() != ".json") continue;
    ++configs;
    std::string config = entry.path().string();
    SCOPED_TRACE(entry.path().filename().string());
    std::vector<std::string> base = {"generate", "--config",     config, "--model-name",
                                     "m",        "--page-sizes", "1,64", "--sampling"};
    ExpectInventoryMatches(base, dataset, 1);
    Result<ModelConfig> loaded = LoadModelConfig(config);
    ASSERT_TRUE(loaded.ok());
    Result<ArchFacts> facts = DetectArchitecture(*loaded);
    ASSERT_TRUE(facts.ok());
    Parallelism sized = SuggestParallelism(*facts);
    if (sized.tp.front() == 1) continue;
    std::vector<std::string> listed = base;
    std::string tps = "1," + std::to_string(sized.tp.front());
    listed.insert(listed.end(), {"--tp", tps, "--ep", std::to_string(sized.ep)});
    ExpectInventoryMatches(listed, dataset, 2);
  }
  EXPECT_EQ(configs, 33u);
}

}  // namespace
}  // namespace fib
