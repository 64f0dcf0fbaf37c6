// What the tool reads and what it replaces, through the real binary: only regular files are
// read (no FIFO or device can hang it), targets that cannot be replaced safely are refused
// before any work, ownership is kept, and a kill during a write leaves no temporary file.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunBinary;
using testing::TempDir;
using testing::WriteText;

constexpr const char* kEntry =
    R"({"id": "tiny", "name": "Tiny", "modules": {"Root": {"count": 1, "type": "block"}}})";

// Runs `command` under `timeout`: a hang becomes exit 124 instead of a stuck suite.
int RunBounded(const std::string& command) {
  int status = std::system(("timeout 20 " + command + " >/dev/null 2>&1 </dev/null").c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Tool() { return "'" + testing::BinaryUnderTest() + "'"; }

TEST(FileSafetyTest, FifoAsInputIsRefusedWithoutWaiting) {
  TempDir temp;
  ASSERT_EQ(::mkfifo(temp.File("fifo").c_str(), 0644), 0);
  ASSERT_EQ(RunBounded(Tool() + " check " + temp.File("fifo")), 3);
  testing::RunOutput run = RunBinary({"list", temp.File("fifo")});  // cannot hang: see above
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot read '" + temp.File("fifo") +
                         "': it is a FIFO, expected a regular file\n");
}

TEST(FileSafetyTest, FifoAsEntryConfigOrManifestIsRefused) {
  TempDir temp;
  ASSERT_EQ(::mkfifo(temp.File("fifo").c_str(), 0644), 0);
  WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
  EXPECT_EQ(RunBounded(Tool() + " upsert --model " + temp.File("fifo") + " --output " +
                       temp.File("models.ts")),
            3);
  EXPECT_EQ(RunBounded(Tool() + " generate --config " + temp.File("fifo") +
                       " --model-name x --stdout"),
            3);
  EXPECT_EQ(RunBounded(Tool() + " refresh --manifest " + temp.File("fifo")), 3);
  WriteText(temp.File("entry.json"), kEntry);
  EXPECT_EQ(RunBounded(Tool() + " upsert --model " + temp.File("entry.json") + " --output " +
                       temp.File("fifo")),
            7);
}

TEST(FileSafetyTest, DeviceAsInputIsRefused) {
  ASSERT_EQ(RunBounded(Tool() + " check /dev/zero"), 3);
  testing::RunOutput run = RunBinary({"list", "/dev/zero"});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_EQ(run.err,
            "fib-modelgen: error: cannot read '/dev/zero': it is a device, expected a regular "
            "file\n");
}

TEST(FileSafetyTest, DirectoryAsOutputIsAWriteError) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  std::filesystem::create_directory(temp.File("out.ts"));
  testing::RunOutput run =
      RunBinary({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("out.ts")});
  EXPECT_EQ(run.exit_code, 7);
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot write '" + temp.File("out.ts") +
                         "': it is a directory, expected a file\n"
                         "help: name the file itself, e.g. web/apps/web/data/models.ts\n");
}

TEST(FileSafetyTest, SymlinkLoopAsTargetIsRefusedAndKept) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  std::filesystem::create_symlink("loop2", temp.File("loop1"));
  std::filesystem::create_symlink("loop1", temp.File("loop2"));
  testing::RunOutput run =
      RunBinary({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("loop1")});
  EXPECT_EQ(run.exit_code, 7);
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot write '" + temp.File("loop1") +
                         "': a symlink loop (or a chain of more than 40 symlinks)\n"
                         "help: name a regular file, or a symlink to one\n");
  EXPECT_TRUE(std::filesystem::is_symlink(temp.File("loop1")));
}

TEST(FileSafetyTest, HardLinkedTargetIsRefused) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  std::string models = testing::SourceFile("fixtures/models.ts");
  WriteText(temp.File("models.ts"), models);
  ASSERT_EQ(::link(temp.File("models.ts").c_str(), temp.File("other.ts").c_str()), 0);
  testing::RunOutput run =
      RunBinary({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 7);
  EXPECT_EQ(run.err, "fib-modelgen: error: cannot write '" + temp.File("models.ts") +
                         "': it has 2 hard links, and replacing it would split them\n"
                         "help: edit a copy and move it into place, or remove the other links\n");
  struct stat info {};
  ASSERT_EQ(::stat(temp.File("models.ts").c_str(), &info), 0);
  EXPECT_EQ(info.st_nlink, 2u);
  EXPECT_EQ(ReadText(temp.File("other.ts")), models);
}

TEST(FileSafetyTest, OwnerAndGroupAreKept) {
  if (::geteuid() != 0) GTEST_SKIP() << "giving a file to another user needs root";
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
  ASSERT_EQ(::chown(temp.File("models.ts").c_str(), 65534, 65534), 0);
  testing::RunOutput run =
      RunBinary({"upsert", "--model", temp.File("entry.json"), "--output", temp.File("models.ts")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  struct stat info {};
  ASSERT_EQ(::stat(temp.File("models.ts").c_str(), &info), 0);
  EXPECT_EQ(info.st_uid, 65534u);
  EXPECT_EQ(info.st_gid, 65534u);
}

// Kills at spread-out moments of an edit of a large file; whatever the moment, the target is
// the old or the new bytes and no temporary file is left.
TEST(FileSafetyTest, KilledWritesLeaveNoTemporaryFile) {
  TempDir temp;
  WriteText(temp.File("entry.json"), kEntry);
  std::string models = testing::SourceFile("fixtures/models.ts");
  std::string big = models;
  size_t close = big.rfind("]");
  std::string padding;
  for (int i = 0; i < 60000; ++i) padding += "  // padding line to make the write take a while\n";
  big.insert(close, padding);
  for (int round = 0; round < 12; ++round) {
    WriteText(temp.File("models.ts"), big);
    std::string delay = "0.0" + std::to_string(round % 10);
    std::string script = Tool() + " upsert --model '" + temp.File("entry.json") + "' --output '" +
                         temp.File("models.ts") + "' >/dev/null 2>&1 & sleep " + delay +
                         "; kill -TERM $! 2>/dev/null; wait";
    ASSERT_NE(std::system(("bash -c \"" + script + "\"").c_str()), -1);
    for (const auto& entry : std::filesystem::directory_iterator(temp.path())) {
      EXPECT_EQ(entry.path().filename().string().rfind(".fib-modelgen.", 0), std::string::npos)
          << "round " << round << " left " << entry.path();
    }
    std::string now = ReadText(temp.File("models.ts"));
    EXPECT_TRUE(now == big || now.find("id: \"tiny\"") != std::string::npos);
  }
}

}  // namespace
}  // namespace fib
