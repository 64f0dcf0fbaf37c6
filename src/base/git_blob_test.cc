#include "base/git_blob.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

// A throwaway repository with one committed file, then changed in the work tree.
class GitBlobTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::system("git --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "git is not installed";
    previous_ = std::filesystem::current_path();
    std::filesystem::current_path(temp_.path());
    testing::WriteText(temp_.File("models.ts"), "committed\n");
    ASSERT_EQ(std::system("git init -q . && git add models.ts && git -c user.name=t "
                          "-c user.email=t@t commit -qm one"),
              0);
    testing::WriteText(temp_.File("models.ts"), "edited\n");
  }
  void TearDown() override {
    if (!previous_.empty()) std::filesystem::current_path(previous_);
  }

  testing::TempDir temp_;
  std::filesystem::path previous_;
};

TEST_F(GitBlobTest, ReadsTheCommittedBytes) {
  Result<std::string> blob = ReadGitBlob("HEAD:models.ts");
  ASSERT_TRUE(blob.ok()) << Render(blob.error());
  EXPECT_EQ(*blob, "committed\n");
}

TEST_F(GitBlobTest, GitsOwnMessageOnFailure) {
  Result<std::string> blob = ReadGitBlob("HEAD:nope.ts");
  ASSERT_FALSE(blob.ok());
  EXPECT_EQ(blob.error().kind, ErrorKind::kIo);
  EXPECT_EQ(blob.error().message.rfind("cannot read 'HEAD:nope.ts': git: ", 0), 0u)
      << blob.error().message;
}

}  // namespace
}  // namespace fib
