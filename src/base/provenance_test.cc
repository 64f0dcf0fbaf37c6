#include "base/provenance.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

TEST(ProvenanceLabelTest, RelativeToTheTargetsRepository) {
  testing::TempDir temp;
  fs::create_directories(temp.File("repo/.git"));
  fs::create_directories(temp.File("repo/web/apps/web/data"));
  fs::create_directories(temp.File("repo/models/qwen3"));
  testing::WriteText(temp.File("repo/models/qwen3/config.json"), "{}");
  EXPECT_EQ(ProvenanceLabel(temp.File("repo/models/qwen3/config.json"),
                            temp.File("repo/web/apps/web/data/models.ts")),
            "models/qwen3/config.json");
}

TEST(ProvenanceLabelTest, HuggingFaceCacheSnapshotsByRepositoryAndRevision) {
  testing::TempDir temp;
  std::string snapshot =
      temp.File(".cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/9c925d64d72");
  fs::create_directories(snapshot);
  testing::WriteText(snapshot + "/config.json", "{}");
  EXPECT_EQ(ProvenanceLabel(snapshot + "/config.json", temp.File("models.ts")),
            "Qwen/Qwen3-8B@9c925d64d72");
  EXPECT_EQ(ProvenanceLabel(snapshot + "/sub/arch.json", temp.File("models.ts")),
            "Qwen/Qwen3-8B@9c925d64d72/sub/arch.json");
}

TEST(ProvenanceLabelTest, NeverAnAbsolutePathOrAHomeDirectory) {
  testing::TempDir temp;
  testing::WriteText(temp.File("config.json"), "{}");
  EXPECT_EQ(ProvenanceLabel(temp.File("config.json"), temp.File("out/models.ts")), "config.json");
  EXPECT_EQ(ProvenanceLabel("~/models/config.json", temp.File("models.ts")), "config.json");
  EXPECT_EQ(ProvenanceLabel("../elsewhere/config.json", temp.File("models.ts")), "config.json");
  EXPECT_EQ(ProvenanceLabel("configs/x.json", temp.File("models.ts")), "configs/x.json");
}

}  // namespace
}  // namespace fib
