#include "base/file_stamp.h"

#include <sys/stat.h>

#include "base/file_io.h"

namespace fib {

FileStamp StampOf(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return {};
  FileStamp stamp;
  stamp.exists = true;
  stamp.device = info.st_dev;
  stamp.inode = info.st_ino;
  stamp.size = static_cast<int64_t>(info.st_size);
  stamp.mtime_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  return stamp;
}

Status ConfirmUnchanged(const std::string& path, const ReadSnapshot& snapshot) {
  Diagnostic changed = Error(
      ErrorKind::kWrite,
      "'" + path + "' changed while fib-modelgen was editing it; nothing was written",
      "another program wrote it meanwhile (an editor, git, a fib-modelgen without the lock); "
      "run the command again");
  if (StampOf(path) != snapshot.stamp) return changed;
  if (!snapshot.stamp.exists) return Ok{};
  // The same size and mtime can hide a change within the clock's resolution: compare bytes.
  Result<std::string> now = ReadFile(path);
  if (!now || *now != snapshot.bytes) return changed;
  return Ok{};
}

}  // namespace fib
