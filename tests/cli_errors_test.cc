// Bad input through the real command line: each case asserts the whole message, the exit code
// and that the target is untouched.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunTool;
using testing::TempDir;
using testing::WriteText;

constexpr const char* kEntry =
    R"({"id": "tiny", "name": "Tiny", "modules": {"Root": {"count": 1, "type": "block"}}})";

constexpr const char* kModels = R"(const models = [
  {
    id: "a",
    name: "A",
    modules: {},
  },
]
)";

TEST(CliErrorsTest, MissingFileForList) {
  TempDir temp;
  testing::RunOutput run = RunTool({"list", temp.File("nope.ts")});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot read '" + temp.File("nope.ts") +
                         "': no such file\n"
                         "help: check the path; commands that write create a missing target "
                         "themselves\n");
}

TEST(CliErrorsTest, DirectoryInsteadOfFile) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  testing::RunOutput run =
      RunTool({"upsert", "--model", temp.File("entry.json"), "--output", temp.path().string()});
  EXPECT_EQ(run.exit_code, 7);  // the README's table: a target that cannot be written
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot write '" + temp.path().string() +
                         "': it is a directory, expected a file\n"
                         "help: name the file itself, e.g. web/apps/web/data/models.ts\n");
}

TEST(CliErrorsTest, ReadOnlyTargetIsNotWritten) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  WriteText(temp.File("models.ts"), kModels);
  ::chmod(temp.File("models.ts").c_str(), 0444);
  testing::RunOutput run =
      RunTool({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 7);
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot write '" + temp.File("models.ts") +
                         "': the file is read-only\n"
                         "help: make it writable (chmod u+w) or write to another --output\n");
  EXPECT_EQ(ReadText(temp.File("models.ts")), kModels);
}

TEST(CliErrorsTest, MissingEntryFile) {
  TempDir temp;
  WriteText(temp.File("models.ts"), kModels);
  testing::RunOutput run =
      RunTool({"upsert", "--model", temp.File("nope.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_EQ(ReadText(temp.File("models.ts")), kModels);
}

TEST(CliErrorsTest, UsageErrorsExitTwo) {
  testing::RunOutput run = RunTool({"upsert", "--output", "x.ts"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--model is required"), std::string::npos) << run.err;
  EXPECT_EQ(RunTool({"frobnicate"}).exit_code, 2);
}

TEST(CliErrorsTest, SymlinkedTargetIsFollowedAndKeptALink) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  WriteText(temp.File("real.ts"), kModels);
  ::chmod(temp.File("real.ts").c_str(), 0640);
  std::filesystem::create_symlink("real.ts", temp.File("link.ts"));
  testing::RunOutput run =
      RunTool({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("link.ts")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(std::filesystem::is_symlink(temp.File("link.ts")));
  EXPECT_NE(ReadText(temp.File("real.ts")).find("id: \"tiny\""), std::string::npos);
  struct stat info {};
  ::stat(temp.File("real.ts").c_str(), &info);
  EXPECT_EQ(info.st_mode & 0777, 0640u);
}

TEST(CliErrorsTest, UnchangedResultIsNotWritten) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  ASSERT_EQ(
      RunTool({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("models.ts")})
          .exit_code,
      0);
  auto before = std::filesystem::last_write_time(temp.File("models.ts"));
  std::filesystem::last_write_time(temp.File("models.ts"), before - std::chrono::hours(1));
  auto old_time = std::filesystem::last_write_time(temp.File("models.ts"));
  testing::RunOutput run =
      RunTool({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "unchanged: \"tiny\" in " + temp.File("models.ts") + "\n");
  EXPECT_EQ(std::filesystem::last_write_time(temp.File("models.ts")), old_time);
}

TEST(CliErrorsTest, DryRunPrintsADiffAndWritesNothing) {
  TempDir temp;
  WriteText(temp.File("models.ts"), kModels);
  testing::RunOutput run =
      RunTool({"remove", "--id", "a", "--output", temp.File("models.ts"), "--dry-run"});
  EXPECT_EQ(run.exit_code, 1);
  std::string path = temp.File("models.ts");
  EXPECT_EQ(run.out, "--- " + path + "\n+++ " + path +
                         "\n@@ -1,7 +1 @@\n-const models = [\n-  {\n-    id: \"a\",\n"
                         "-    name: \"A\",\n-    modules: {},\n-  },\n-]\n+const models = []\n");
  EXPECT_EQ(ReadText(path), kModels);
}

}  // namespace
}  // namespace fib
