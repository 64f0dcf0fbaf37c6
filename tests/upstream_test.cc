// Properties of edits on the real upstream models.ts (read from ../shared; skipped when it is
// absent): identity, inverse, preservation of every byte outside the edited element, and
// that `check` passes after every edit.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "patch/models_file.h"
#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunTool;
using testing::TempDir;
using testing::WriteText;

class UpstreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::optional<std::filesystem::path> shared = testing::SharedDir();
    if (!shared) GTEST_SKIP() << "../shared is absent: the upstream models.ts tests need it";
    upstream_ = ReadText((*shared / "fixtures/upstream/models.ts").string());
    target_ = temp_.File("models.ts");
    WriteText(target_, upstream_);
  }

  // Every model of the upstream file as Model JSON, via `list --format json`.
  nlohmann::ordered_json Models() {
    testing::RunOutput run = RunTool({"list", "--format", "json", target_});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return nlohmann::ordered_json::parse(run.out);
  }

  std::string WriteEntry(const nlohmann::ordered_json& model) {
    std::string path = temp_.File("entry.json");
    WriteText(path, model.dump(2));
    return path;
  }

  void ExpectCheckPasses() {
    testing::RunOutput run = RunTool({"check", target_});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find(": no problems\n"), std::string::npos) << run.out;
  }

  TempDir temp_;
  std::string upstream_;
  std::string target_;
};

TEST_F(UpstreamTest, ListGivesTheNineIdsWithLines) {
  testing::RunOutput run = RunTool({"list", target_});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out,
            "deepseek-v3\t4\nllama-3.1-8b\t163\nqwen3-30b-a3b\t281\nqwen3-next-80b-a3b\t405\n"
            "nemotron-h-8b\t584\nminimax-m2\t708\nkimi-k2\t829\nllama-4-scout-17b-16e\t971\n"
            "llama-4-maverick-17b-128e\t1139\n");
}

TEST_F(UpstreamTest, CheckPasses) { ExpectCheckPasses(); }

TEST_F(UpstreamTest, ReplacingAModelKeepsEveryByteOutsideItsExtent) {
  Result<ModelsFile> original = ModelsFile::Load(target_, ArrayQuery{}, false);
  ASSERT_TRUE(original.ok());
  nlohmann::ordered_json models = Models();
  ASSERT_EQ(models.size(), original->array().elements.size());
  for (size_t i = 0; i < models.size(); ++i) {
    WriteText(target_, upstream_);
    nlohmann::ordered_json changed = models[i];
    changed["description"] = "Changed by the preservation test.";
    changed["modules"].begin().value()["count"] = 7;
    testing::RunOutput run =
        RunTool({"upsert", "--model", WriteEntry(changed), "--output", target_});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::string edited = ReadText(target_);
    const ArrayElement& element = original->array().elements[i];
    size_t tail = upstream_.size() - element.node.end;
    EXPECT_EQ(edited.substr(0, element.extent_begin), upstream_.substr(0, element.extent_begin))
        << "bytes before model " << i;
    EXPECT_EQ(edited.substr(edited.size() - tail), upstream_.substr(element.node.end))
        << "bytes after model " << i;
    EXPECT_NE(edited.find("Changed by the preservation test."), std::string::npos);
    ExpectCheckPasses();
  }
}

// Values are compared, not bytes: upserting each upstream model's own JSON leaves the file
// alone, also for the four whose bytes fib-modelgen would print differently: section comments
// inside their objects (nemotron-h, both Llama 4) or hand-made drift (qwen3-next).
TEST_F(UpstreamTest, UpsertingAnEntryOfEqualValueChangesNothing) {
  std::vector<std::string> unchanged, all;
  for (const auto& model : Models()) {
    WriteText(target_, upstream_);
    testing::RunOutput run = RunTool({"upsert", "--model", WriteEntry(model), "--output", target_});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    all.push_back(model["id"]);
    if (ReadText(target_) == upstream_) unchanged.push_back(model["id"]);
    EXPECT_EQ(run.out, "unchanged: \"" + all.back() + "\" in " + target_ + "\n");
    ExpectCheckPasses();
  }
  EXPECT_EQ(unchanged, all);
  EXPECT_EQ(all.size(), 9u);
}

TEST_F(UpstreamTest, SecondUpsertOfEveryModelIsUnchanged) {
  for (const auto& model : Models()) {
    std::string entry = WriteEntry(model);
    ASSERT_EQ(RunTool({"upsert", "--model", entry, "--output", target_}).exit_code, 0);
    std::string once = ReadText(target_);
    testing::RunOutput again = RunTool({"upsert", "--model", entry, "--output", target_});
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_EQ(again.out,
              "unchanged: \"" + model["id"].get<std::string>() + "\" in " + target_ + "\n");
    EXPECT_EQ(ReadText(target_), once);
  }
}

TEST_F(UpstreamTest, InsertThenRemoveRestoresTheExactBytes) {
  nlohmann::ordered_json fresh = Models()[1];
  fresh["id"] = "inverse-test-model";
  ASSERT_EQ(RunTool({"upsert", "--model", WriteEntry(fresh), "--output", target_}).exit_code, 0);
  EXPECT_NE(ReadText(target_), upstream_);
  ExpectCheckPasses();
  ASSERT_EQ(RunTool({"remove", "--id", "inverse-test-model", "--output", target_}).exit_code, 0);
  EXPECT_EQ(ReadText(target_), upstream_);
}

TEST_F(UpstreamTest, RemovingEachModelLeavesACheckedFile) {
  for (const auto& model : Models()) {
    WriteText(target_, upstream_);
    std::string id = model["id"];
    ASSERT_EQ(RunTool({"remove", "--id", id, "--output", target_}).exit_code, 0);
    ExpectCheckPasses();
    EXPECT_EQ(RunTool({"list", target_}).out.find(id + "\t"), std::string::npos);
  }
}

}  // namespace
}  // namespace fib
