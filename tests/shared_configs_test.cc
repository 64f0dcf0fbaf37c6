// Conformance over the 33 real HuggingFace configs in ../shared (skipped when it is absent):
// every config generates at TP 1 and at the TP/EP its size calls for, validates, and upserts
// cleanly into a copy of the upstream models.ts, which still passes `check`.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "arch/detect.h"
#include "arch/identity.h"
#include "arch/sizing.h"
#include "config/model_config.h"
#include "test_support.h"

namespace fib {
namespace {

using testing::RunTool;

std::vector<std::filesystem::path> SharedConfigs(const std::filesystem::path& shared) {
  std::vector<std::filesystem::path> configs;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "fixtures/configs")) {
    if (entry.path().extension() == ".json") configs.push_back(entry.path());
  }
  std::sort(configs.begin(), configs.end());
  return configs;
}

std::string Join(const std::vector<int64_t>& values) {
  std::string out;
  for (int64_t v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
  return out;
}

TEST(SharedConfigsTest, EveryConfigGeneratesValidatesAndUpsertsIntoUpstream) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the real-config conformance suite needs it";
  testing::TempDir temp;
  std::string target = temp.File("models.ts");
  testing::WriteText(target, testing::ReadText((*shared / "fixtures/upstream/models.ts").string()));
  std::vector<std::filesystem::path> configs = SharedConfigs(*shared);
  EXPECT_EQ(configs.size(), 33u);
  for (const std::filesystem::path& config : configs) {
    SCOPED_TRACE(config.filename().string());
    std::string id = "conf-" + config.stem().string();
    testing::RunOutput tp1 =
        RunTool({"generate", "--config", config.string(), "--model-name", id, "--output", target});
    ASSERT_EQ(tp1.exit_code, 0) << tp1.err;
    EXPECT_EQ(tp1.out, "added: \"" + id + "\" to " + target + "\n");
    Result<ModelConfig> loaded = LoadModelConfig(config.string());
    ASSERT_TRUE(loaded.ok());
    Result<ArchFacts> facts = DetectArchitecture(*loaded);
    ASSERT_TRUE(facts.ok());
    Parallelism sized = SuggestParallelism(*facts);
    testing::RunOutput big =
        RunTool({"generate", "--config", config.string(), "--model-name", id + "-sized", "--tp",
                 Join(sized.tp), "--ep", std::to_string(sized.ep), "--output", target});
    ASSERT_EQ(big.exit_code, 0) << big.err;
  }
  testing::RunOutput check = RunTool({"check", target});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  testing::RunOutput list = RunTool({"list", target});
  EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 9 + 2 * 33);
}

}  // namespace
}  // namespace fib
