// Concurrent writers of one models.ts: every change lands, or its writer fails loudly; no run
// exits 0 having lost its change (the binary runs as separate processes, started together).
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::TempDir;
using testing::WriteText;

std::string Entry(const std::string& id) {
  return R"({"id": ")" + id +
         R"(", "name": "X", "modules": {"Root": {"count": 1, "type": "block"}}})";
}

// A manifest adding `ids`, each generated from the bundled Llama config, which it copies beside
// itself (a manifest may only name files inside its own folder when no repository holds it).
std::string Manifest(const TempDir& temp, const std::vector<std::string>& ids) {
  std::string config = "llama.json";
  WriteText(temp.File(config), testing::SourceFile("fixtures/configs/llama-3.1-8b.json"));
  std::string models;
  for (const std::string& id : ids) {
    models += std::string(models.empty() ? "" : ",\n") + R"(  {"id": ")" + id +
              R"(", "config": ")" + config + R"("})";
  }
  return "{\"output\": \"models.ts\", \"models\": [\n" + models + "\n]}\n";
}

struct Outcome {
  int exit_code = -1;
  std::string err;
};

// Runs every shell command of `commands` at once (in the background; "$B" is the binary) and
// returns each one's exit code and stderr.
std::vector<Outcome> RunTogether(const TempDir& temp, const std::vector<std::string>& commands) {
  std::string script =
      "cd '" + temp.path().string() + "'\nB='" + testing::BinaryUnderTest() + "'\n";
  for (size_t i = 0; i < commands.size(); ++i) {
    std::string n = std::to_string(i);
    script += "( " + commands[i] + " >out" + n + " 2>err" + n + "; echo $? >rc" + n + " ) &\n";
  }
  script += "wait\n";
  WriteText(temp.File("run.sh"), script);
  EXPECT_EQ(std::system(("bash '" + temp.File("run.sh") + "'").c_str()), 0);
  std::vector<Outcome> outcomes;
  for (size_t i = 0; i < commands.size(); ++i) {
    std::string n = std::to_string(i);
    outcomes.push_back(
        {std::atoi(ReadText(temp.File("rc" + n)).c_str()), ReadText(temp.File("err" + n))});
  }
  return outcomes;
}

// A writer that exits 0 has its id in the file; one that does not said why on stderr.
void ExpectLandedOrRefused(const Outcome& outcome, const std::string& file, const std::string& id,
                           int round) {
  if (outcome.exit_code == 0) {
    EXPECT_NE(file.find("id: \"" + id + "\""), std::string::npos)
        << "round " << round << ": the writer of " << id << " exited 0 but its change is lost";
  } else {
    EXPECT_NE(outcome.err.find("error:"), std::string::npos) << outcome.err;
  }
}

TEST(ConcurrencyTest, TwoUpsertsAtOnceBothLand) {
  TempDir temp;
  WriteText(temp.File("a.json"), Entry("writer-a"));
  WriteText(temp.File("b.json"), Entry("writer-b"));
  for (int round = 0; round < 20; ++round) {
    WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
    std::vector<Outcome> outcomes =
        RunTogether(temp, {"$B upsert --model a.json --output models.ts",
                           "$B upsert --model b.json --output models.ts"});
    std::string file = ReadText(temp.File("models.ts"));
    ExpectLandedOrRefused(outcomes[0], file, "writer-a", round);
    ExpectLandedOrRefused(outcomes[1], file, "writer-b", round);
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(ConcurrencyTest, TwoRefreshesAtOnceBothLand) {
  TempDir temp;
  WriteText(temp.File("a.manifest.json"), Manifest(temp, {"refresh-a"}));
  WriteText(temp.File("b.manifest.json"), Manifest(temp, {"refresh-b"}));
  int landed = 0;
  for (int round = 0; round < 20; ++round) {
    WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
    std::vector<Outcome> outcomes = RunTogether(
        temp, {"$B refresh --manifest a.manifest.json", "$B refresh --manifest b.manifest.json"});
    std::string file = ReadText(temp.File("models.ts"));
    ExpectLandedOrRefused(outcomes[0], file, "refresh-a", round);
    ExpectLandedOrRefused(outcomes[1], file, "refresh-b", round);
    if (::testing::Test::HasFailure()) return;
    landed += (outcomes[0].exit_code == 0) + (outcomes[1].exit_code == 0);
  }
  EXPECT_GT(landed, 0) << "no refresh ever succeeded: the test shows nothing";
}

TEST(ConcurrencyTest, UpsertDuringALargeRefreshLands) {
  TempDir temp;
  std::vector<std::string> ids;
  for (int i = 0; i < 400; ++i) ids.push_back("bulk-" + std::to_string(i));
  WriteText(temp.File("big.manifest.json"), Manifest(temp, ids));
  int landed = 0;
  WriteText(temp.File("a.json"), Entry("during-refresh"));
  for (int round = 0; round < 3; ++round) {
    WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
    // The upsert starts a moment after the refresh, while the refresh generates.
    std::vector<Outcome> outcomes =
        RunTogether(temp, {"$B refresh --manifest big.manifest.json",
                           "sleep 0.05; $B upsert --model a.json --output models.ts"});
    std::string file = ReadText(temp.File("models.ts"));
    ExpectLandedOrRefused(outcomes[0], file, "bulk-399", round);
    ExpectLandedOrRefused(outcomes[1], file, "during-refresh", round);
    if (::testing::Test::HasFailure()) return;
    landed += outcomes[0].exit_code == 0;
  }
  EXPECT_GT(landed, 0) << "the refresh never succeeded: the test shows nothing";
}

}  // namespace
}  // namespace fib
