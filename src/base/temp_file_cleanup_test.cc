#include "base/temp_file_cleanup.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <string>

namespace fib {
namespace {

// A child process creates a temporary file the way a write does, then gets `signal_number`:
// the file must be gone and the child must have died of that signal.
void ExpectRemovedOn(int signal_number) {
  std::string pattern = (std::filesystem::temp_directory_path() / "fib-cleanup.XXXXXX").string();
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    char* temp = BeginTempFile();
    std::memcpy(temp, pattern.c_str(), pattern.size() + 1);
    int fd = ::mkstemp(temp);
    (void)!::write(pipe_fds[1], temp, pattern.size());
    if (fd >= 0) ::raise(signal_number);
    ::_exit(0);
  }
  ::close(pipe_fds[1]);
  std::string name(pattern.size(), '\0');
  ASSERT_EQ(::read(pipe_fds[0], name.data(), name.size()), static_cast<ssize_t>(name.size()));
  ::close(pipe_fds[0]);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal_number);
  EXPECT_FALSE(std::filesystem::exists(name)) << name;
  std::filesystem::remove(name);
}

TEST(TempFileCleanupTest, SigtermRemovesTheTemporaryFile) { ExpectRemovedOn(SIGTERM); }
TEST(TempFileCleanupTest, SigintRemovesTheTemporaryFile) { ExpectRemovedOn(SIGINT); }

TEST(TempFileCleanupTest, NothingIsRemovedOnceTheWriteEnded) {
  std::string path = (std::filesystem::temp_directory_path() / "fib-cleanup-kept").string();
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    char* temp = BeginTempFile();
    std::memcpy(temp, path.c_str(), path.size() + 1);
    FILE* file = std::fopen(path.c_str(), "w");
    if (file) std::fclose(file);
    EndTempFile();  // as after the rename: the name now belongs to the target
    ::raise(SIGTERM);
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(std::filesystem::exists(path));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace fib
