#include "base/path_boundary.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

TEST(PathBoundaryTest, InsideComparesWholeComponents) {
  EXPECT_TRUE(IsWithin("/repo", "/repo"));
  EXPECT_TRUE(IsWithin("/repo", "/repo/web/models.ts"));
  EXPECT_TRUE(IsWithin("/repo/", "/repo/a"));
  EXPECT_TRUE(IsWithin("/", "/etc/passwd"));
  EXPECT_FALSE(IsWithin("/repo", "/repository/a"));
  EXPECT_FALSE(IsWithin("/repo", "/"));
  EXPECT_FALSE(IsWithin("/repo/web", "/repo/models.ts"));
  EXPECT_FALSE(IsWithin("/repo", "/etc/passwd"));
}

TEST(PathBoundaryTest, ResolvingFollowsSymlinksAndClimbsOutOfMissingFolders) {
  testing::TempDir temp;
  fs::path root = *ResolvedPath(temp.path().string());
  fs::create_directories(root / "repo/sub");
  fs::create_directories(root / "outside");
  fs::create_directory_symlink(root / "outside", root / "repo/link");
  EXPECT_EQ(*ResolvedPath((root / "repo/link/x.json").string()), root / "outside/x.json");
  EXPECT_EQ(*ResolvedPath((root / "repo/missing/../../outside").string()), root / "outside");
  EXPECT_EQ(*ResolvedPath((root / "repo/sub/new/file.ts").string()), root / "repo/sub/new/file.ts");
  EXPECT_FALSE(IsWithin(root / "repo", *ResolvedPath((root / "repo/link/x.json").string())));
  // ".." after a link climbs from its target, as the kernel resolves it.
  EXPECT_EQ(*ResolvedPath((root / "repo/link/../x").string()), root / "x");
}

TEST(PathBoundaryTest, ADanglingSymlinkLeadsWhereAWriteWouldCreateTheFile) {
  testing::TempDir temp;
  fs::path root = *ResolvedPath(temp.path().string());
  fs::create_directories(root / "repo");
  fs::create_symlink("../outside/models.ts", root / "repo/models.ts");
  EXPECT_EQ(*ResolvedPath((root / "repo/models.ts").string()), root / "outside/models.ts");
  fs::create_symlink("/nonexistent-fib-test/x", root / "repo/abs");
  EXPECT_EQ(*ResolvedPath((root / "repo/abs").string()), fs::path("/nonexistent-fib-test/x"));
}

TEST(PathBoundaryTest, ASymlinkLoopCannotBeResolved) {
  testing::TempDir temp;
  fs::create_symlink(temp.path() / "b", temp.path() / "a");
  fs::create_symlink(temp.path() / "a", temp.path() / "b");
  EXPECT_FALSE(ResolvedPath((temp.path() / "a/x.json").string()).has_value());
}

}  // namespace
}  // namespace fib
