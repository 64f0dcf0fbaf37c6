// What a file was when it was read (identity, size, modification time), so that a writer can
// confirm, just before it replaces the file, that nobody changed it in between.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace fib {

struct FileStamp {
  bool exists = false;
  dev_t device = 0;
  ino_t inode = 0;
  int64_t size = 0;
  int64_t mtime_ns = 0;

  bool operator==(const FileStamp&) const = default;
};

// The stamp of `path` now (following symlinks); `exists` false when there is no such file.
FileStamp StampOf(const std::string& path);

// What a target held when it was read: its stamp and its bytes.
struct ReadSnapshot {
  FileStamp stamp;
  std::string_view bytes;
};

// Ok when `path` still has the stamp and (when it exists) the bytes of `snapshot`; else a
// kWrite error saying the file changed while it was being edited.
Status ConfirmUnchanged(const std::string& path, const ReadSnapshot& snapshot);

}  // namespace fib
