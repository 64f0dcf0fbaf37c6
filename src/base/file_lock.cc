#include "base/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "base/file_io.h"

namespace fib {

Result<FileLock> FileLock::Acquire(const std::string& path, int wait_seconds) {
  std::string directory = DirectoryOf(ResolveSymlinks(path));
  int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    return Error(ErrorKind::kWrite, "cannot write '" + path + "': cannot open its directory '" +
                                        directory + "': " + std::strerror(errno));
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) break;  // no locking here (some network mounts)
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd);
      return Error(ErrorKind::kWrite,
                   "cannot write '" + path + "': another fib-modelgen has been editing a file in '" +
                       directory + "' for more than " + std::to_string(wait_seconds) + " s",
                   "wait for it to finish, then run the command again");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the lock
}

}  // namespace fib
