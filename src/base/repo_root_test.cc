#include "base/repo_root.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

TEST(RepoRelativePathTest, NamesAFileFromItsRepositoryRoot) {
  testing::TempDir temp;
  fs::create_directories(temp.File("repo/.git"));
  fs::create_directories(temp.File("repo/web/data"));
  testing::WriteText(temp.File("repo/web/data/models.ts"), "");
  EXPECT_EQ(RepoRelativePath(temp.File("repo/web/data/models.ts")), "web/data/models.ts");
  EXPECT_EQ(RepoRelativePath(temp.File("repo/web/../web/data/models.ts")), "web/data/models.ts");
  // Outside any repository, the path stays as it was given.
  testing::WriteText(temp.File("loose.ts"), "");
  EXPECT_EQ(RepoRelativePath(temp.File("loose.ts")), temp.File("loose.ts"));
}

TEST(RepoRelativePathTest, ARelativePathIsTakenFromTheCurrentFolder) {
  testing::TempDir temp;
  fs::create_directories(temp.File("repo/.git"));
  fs::create_directories(temp.File("repo/web"));
  fs::path previous = fs::current_path();
  fs::current_path(temp.File("repo/web"));
  std::string relative = RepoRelativePath("models.ts");
  fs::current_path(previous);
  EXPECT_EQ(relative, "web/models.ts");
}

}  // namespace
}  // namespace fib
