// Reading inputs and writing targets. Writes are atomic: a temporary file in the target's
// directory is flushed and renamed over the target, so readers see the old or the new bytes.
#pragma once

#include <string>

#include "base/result.h"

namespace fib {

// Reads the whole file. Errors (kIo) say whether it is missing, a directory or unreadable.
Result<std::string> ReadFile(const std::string& path);

// True when `path` exists (following symlinks).
bool FileExists(const std::string& path);

// Fails (kWrite) when `path` exists but may not be written: a directory, or a file without
// write permission (checked on the mode bits, so it holds for root too).
Status CheckWritable(const std::string& path);

// Writes `bytes` to `path` atomically. A symlink is followed and its target replaced; an
// existing file keeps its mode; a new file gets 0644 less the umask.
Status WriteFileAtomically(const std::string& path, const std::string& bytes);

}  // namespace fib
