// Reading inputs and writing targets. Writes are atomic: a temporary file in the target's
// directory is flushed and renamed over the target, so readers see the old or the new bytes.
#pragma once

#include <string>

#include "base/file_stamp.h"
#include "base/result.h"

namespace fib {

// Reads the whole file. Only a regular file of at most kMaxInputBytes is read: a FIFO, a
// device or a directory is refused without blocking. Errors (kIo) say which.
Result<std::string> ReadFile(const std::string& path);

// True when `path` exists (following symlinks).
bool FileExists(const std::string& path);

// Fails (kWrite) when `path` exists but may not be written: a directory, or a file without
// write permission (checked on the mode bits, so it holds for root too).
Status CheckWritable(const std::string& path);

// The file a write to `path` replaces: symlinks followed (the link itself stays a link).
std::string ResolveSymlinks(const std::string& path);

// The directory holding `path` ("." for a bare file name).
std::string DirectoryOf(const std::string& path);

// Fails (kWrite) when `path` cannot be an edit target at all: a directory, a FIFO, a device or
// a socket, a symlink loop, or a file with more than one hard link (replacing it would split
// the links). A missing file is fine: it will be created.
Status CheckTarget(const std::string& path);

// Writes `bytes` to `path` atomically. A symlink is followed and its target replaced; an
// existing file keeps its mode, and its owner and group where the user may keep them; a new
// file gets 0644 less the umask. With `expected`, the target is confirmed to be exactly what
// was read just before the rename, and left alone (kWrite) when it changed. SIGINT, SIGTERM
// and SIGHUP during the write remove the temporary file.
Status WriteFileAtomically(const std::string& path, const std::string& bytes,
                           const ReadSnapshot* expected = nullptr);

}  // namespace fib
