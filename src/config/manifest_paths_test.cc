#include "config/manifest_paths.h"

#include <gtest/gtest.h>

#include "base/path_boundary.h"
#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

// A repository (a folder holding .git) with the manifest in web/, and a folder beside it.
class ManifestPathsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = *ResolvedPath(temp_.path().string());
    fs::create_directories(root_ / "repo/.git");
    fs::create_directories(root_ / "repo/web/configs");
    fs::create_directories(root_ / "outside");
  }

  // The manifest `text` at repo/web/m.json, checked against its own boundary.
  Status Check(const std::string& text) {
    std::string path = (root_ / "repo/web/m.json").string();
    Result<Manifest> manifest = ManifestFromText(path, text);
    EXPECT_TRUE(manifest.ok()) << Render(manifest.error());
    return CheckManifestPaths(*manifest, ManifestBoundary(path));
  }

  testing::TempDir temp_;
  fs::path root_;
};

TEST_F(ManifestPathsTest, TheBoundaryIsTheRepositoryElseTheManifestsFolder) {
  PathBoundary in_repo = ManifestBoundary((root_ / "repo/web/m.json").string());
  EXPECT_EQ(in_repo.root, (root_ / "repo").string());
  EXPECT_TRUE(in_repo.repository);
  PathBoundary alone = ManifestBoundary((root_ / "outside/m.json").string());
  EXPECT_EQ(alone.root, (root_ / "outside").string());
  EXPECT_FALSE(alone.repository);
}

TEST_F(ManifestPathsTest, PathsInsideTheRepositoryPass) {
  EXPECT_TRUE(Check(R"({"output": "../models.ts", "definitions": "../trace", "models": [
      {"id": "a", "config": "configs/a.json", "sglang_impl": "configs/s.json"}]})")
                  .ok());
}

TEST_F(ManifestPathsTest, ClimbingOutIsRefusedAtTheValue) {
  Status status = Check(
      "{\"output\": \"models.ts\",\n \"models\": [{\"id\": \"a\", \"config\": "
      "\"../../outside/a.json\"}]}");
  ASSERT_FALSE(status.ok());
  const Diagnostic& error = status.error();
  EXPECT_EQ(error.kind, ErrorKind::kInput);
  ASSERT_TRUE(error.where.has_value());
  EXPECT_EQ(error.where->line, 2u);
  EXPECT_EQ(error.where->column, 35u);
  EXPECT_EQ(error.message, "'config' names '../../outside/a.json', which resolves to " +
                               (root_ / "outside/a.json").string() + ", outside the repository " +
                               (root_ / "repo").string());
  EXPECT_NE(error.help.find("--allow-outside-repo"), std::string::npos);
}

TEST_F(ManifestPathsTest, AbsolutePathsAndSymlinkEscapesAreRefusedEach) {
  fs::create_directory_symlink(root_ / "outside", root_ / "repo/web/configs/link");
  Status status = Check(R"({"output": "/tmp/models.ts", "definitions": "configs/link",
      "models": [{"id": "a", "config": "configs/link/a.json"}]})");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message.substr(0, 34), "'output' names '/tmp/models.ts', w");
  ASSERT_EQ(status.error().notes.size(), 2u);
  EXPECT_NE(status.error().notes[0].find("'definitions' names 'configs/link', which resolves to " +
                                         (root_ / "outside").string()),
            std::string::npos);
  EXPECT_NE(status.error().notes[1].find("(line 2)"), std::string::npos);
}

TEST_F(ManifestPathsTest, ANulByteIsRefused) {
  Status status = Check(R"({"output": "models.ts\u0000/../../x", "models": []})");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message.find("holds a NUL byte"), std::string::npos);
}

}  // namespace
}  // namespace fib
