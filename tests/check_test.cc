// `check`: every problem of every file, located, in one run.
#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

using testing::RunTool;
using testing::TempDir;
using testing::WriteText;

constexpr const char* kBroken = R"(const models = [
  {
    id: "m",
    name: "M",
    modules: {
      Root: { count: 1, type: "block" },
      a: { count: 0, parent: "Root", type: "leaf", defintions: [] },
      a: { count: 1, parent: "Ghost", type: "layer", definitions: ["x", 3] },
      b: { count: 1.5, parent: "c", type: "layer" },
      c: { count: 1, parent: "b", type: "layer" },
    },
  },
  {
    id: "m",
    modules: {},
  },
  "not a model",
  {
    id: "z",
    name: "Z",
    modules: { r: { count: 1, type: "block", definitions: [someVariable] } },
  },
]
)";

TEST(CheckTest, ReportsEveryProblemWithItsPlace) {
  TempDir temp;
  std::string path = temp.File("models.ts");
  WriteText(path, kBroken);
  testing::RunOutput run = RunTool({"check", path});
  EXPECT_EQ(run.exit_code, 6);
  testing::ExpectGolden("tests/golden/check/broken.stderr", [&] {
    std::string err = run.err;
    for (size_t at; (at = err.find(path)) != std::string::npos;) {
      err.replace(at, path.size(), "models.ts");
    }
    return err;
  }());
}

TEST(CheckTest, CleanFileExitsZeroWithASummary) {
  testing::RunOutput run =
      RunTool({"check", (testing::SourceDir() / "fixtures/models.ts").string()});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "checked 2 models in 1 file: no problems\n");
}

TEST(CheckTest, SyntaxErrorsAndMissingFilesAreReportedToo) {
  TempDir temp;
  WriteText(temp.File("bad.ts"), "const models = [ { id: \"x\", }\n");
  testing::RunOutput run = RunTool({"check", temp.File("bad.ts"), temp.File("missing.ts")});
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_NE(run.err.find(temp.File("bad.ts") + ":1:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("cannot read '" + temp.File("missing.ts") + "'"), std::string::npos);
  EXPECT_NE(run.err.find("fib-modelgen: 2 problems in 2 files\n"), std::string::npos);
}

}  // namespace
}  // namespace fib
