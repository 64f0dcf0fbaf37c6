// The trust boundary of a manifest, end to end: `refresh` and `coverage --manifest` refuse a
// manifest naming a file outside its repository (by "../", an absolute path or a symlink) at
// the offending value with exit 4, accept one whose paths stay inside, and
// --allow-outside-repo lifts the boundary.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/path_boundary.h"
#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;
using testing::RunOutput;
using testing::WriteText;

// A repository with the bundled Llama config in configs/ and a secret beside the repository.
class ManifestTrustTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = *ResolvedPath(temp_.path().string());
    fs::create_directories(root_ / "repo/.git");
    fs::create_directories(root_ / "repo/configs");
    fs::create_directories(root_ / "elsewhere");
    fs::copy_file(testing::SourceDir() / "fixtures/configs/llama-3.1-8b.json",
                  root_ / "repo/configs/llama.json");
    fs::copy_file(root_ / "repo/configs/llama.json", root_ / "elsewhere/llama.json");
  }

  std::string Repo(const std::string& relative) const { return (root_ / "repo" / relative); }

  // Writes repo/manifest.json naming `config` for model "llama" (output repo/models.ts).
  std::string Manifest(const std::string& config) {
    std::string path = Repo("manifest.json");
    WriteText(path,
              "{\"output\": \"models.ts\",\n \"models\": [{\"id\": \"llama\", \"config\": \"" +
                  config + "\"}]}\n");
    return path;
  }

  testing::TempDir temp_;
  fs::path root_;
};

TEST_F(ManifestTrustTest, AConfigInsideTheRepositoryIsRead) {
  RunOutput run = RunBinary({"refresh", "--manifest", Manifest("configs/llama.json")});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(fs::exists(Repo("models.ts")));
}

TEST_F(ManifestTrustTest, ClimbingOutOfTheRepositoryIsRefusedAtTheValue) {
  std::string manifest = Manifest("../elsewhere/llama.json");
  RunOutput run = RunBinary({"refresh", "--manifest", manifest});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err, manifest +
                         ":2:39: error: 'config' names '../elsewhere/llama.json', which resolves "
                         "to " +
                         (root_ / "elsewhere/llama.json").string() + ", outside the repository " +
                         Repo("").substr(0, Repo("").size() - 1) +
                         "\n"
                         " 2 |  \"models\": [{\"id\": \"llama\", \"config\": "
                         "\"../elsewhere/llama.json\"}]}\n"
                         "   |                                       ^\n"
                         "help: a manifest may only name files inside the repository that holds "
                         "it (symlinks resolved); pass --allow-outside-repo to allow this\n");
  EXPECT_FALSE(fs::exists(Repo("models.ts")));
}

TEST_F(ManifestTrustTest, AnAbsolutePathOutsideIsRefused) {
  std::string outside = (root_ / "elsewhere/llama.json").string();
  RunOutput run = RunBinary({"refresh", "--check", "--manifest", Manifest(outside)});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find(":2:39: error: 'config' names '" + outside + "', which resolves to " +
                         outside + ", outside the repository"),
            std::string::npos)
      << run.err;
}

TEST_F(ManifestTrustTest, ASymlinkOutOfTheRepositoryIsRefused) {
  fs::create_directory_symlink(root_ / "elsewhere", Repo("configs/shared"));
  RunOutput run = RunBinary({"refresh", "--manifest", Manifest("configs/shared/llama.json")});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find("'config' names 'configs/shared/llama.json', which resolves to " +
                         (root_ / "elsewhere/llama.json").string() + ", outside the repository"),
            std::string::npos)
      << run.err;
  // The output too: a models.ts that is a link out of the repository is not written through.
  fs::create_symlink(root_ / "elsewhere/models.ts", Repo("models.ts"));
  RunOutput output = RunBinary({"refresh", "--manifest", Manifest("configs/llama.json")});
  EXPECT_EQ(output.exit_code, 4);
  EXPECT_NE(output.err.find(":1:12: error: 'output' names 'models.ts', which resolves to " +
                            (root_ / "elsewhere/models.ts").string()),
            std::string::npos)
      << output.err;
  EXPECT_FALSE(fs::exists(root_ / "elsewhere/models.ts"));
}

TEST_F(ManifestTrustTest, TheFlagAllowsOutsidePaths) {
  std::string manifest = Manifest("../elsewhere/llama.json");
  RunOutput run = RunBinary({"refresh", "--manifest", manifest, "--allow-outside-repo"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("added: llama"), std::string::npos) << run.out;
}

TEST_F(ManifestTrustTest, CoverageOfAManifestHasTheSameBoundary) {
  std::string manifest = Manifest("../elsewhere/llama.json");
  std::string definitions = (testing::SourceDir() / "fixtures/definitions").string();
  RunOutput run = RunBinary({"coverage", "--manifest", manifest, "--definitions", definitions});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find("pass --allow-outside-repo"), std::string::npos) << run.err;
  RunOutput allowed = RunBinary(
      {"coverage", "--manifest", manifest, "--definitions", definitions, "--allow-outside-repo"});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
}

TEST_F(ManifestTrustTest, WithoutARepositoryTheManifestsFolderIsTheBoundary) {
  fs::remove(Repo(".git"));
  EXPECT_EQ(RunBinary({"refresh", "--manifest", Manifest("configs/llama.json")}).exit_code, 0);
  RunOutput run = RunBinary({"refresh", "--manifest", Manifest("../elsewhere/llama.json")});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(
      run.err.find("outside the manifest's folder " + Repo("").substr(0, Repo("").size() - 1) +
                   " (no repository holds the manifest)"),
      std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace fib
