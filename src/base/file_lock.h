// An exclusive advisory lock held for the whole read → plan → write of a target, so that two
// fib-modelgen runs editing the same file take turns instead of one silently undoing the
// other's change.
#pragma once

#include <string>

#include "base/result.h"

namespace fib {

class FileLock {
 public:
  // Locks the directory that holds `path`'s final target (symlinks followed): a lock on the
  // file itself would stay on the old inode once the file is replaced by a rename, and a new
  // file has no inode yet. Waits up to `wait_seconds` for another holder, then fails (kWrite).
  static Result<FileLock> Acquire(const std::string& path, int wait_seconds);

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&&) = delete;
  ~FileLock();  // releases the lock

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace fib
