#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "base/limits.h"
#include "base/temp_file_cleanup.h"

namespace fib {

namespace {

std::string Quoted(const std::string& path) { return "'" + path + "'"; }

Diagnostic IoError(const std::string& message, const std::string& help = "") {
  return Error(ErrorKind::kIo, message, help);
}

Diagnostic WriteError(const std::string& message, const std::string& help = "") {
  return Error(ErrorKind::kWrite, message, help);
}

bool WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

std::string ErrnoText(int error) {
  if (error == ELOOP) return "a symlink loop (or a chain of more than 40 symlinks)";
  return std::strerror(error);
}

// A FIFO, a device or a socket could block forever or never end (/dev/zero).
std::string KindOf(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISDIR(mode)) return "a directory";
  return "not a regular file";
}

// Reads the open file `fd` whole: only a regular file, and at most kMaxInputBytes of it.
Result<std::string> ReadRegularFile(int fd, const std::string& path) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) return IoError("cannot read " + Quoted(path) + ": " + ErrnoText(errno));
  if (!S_ISREG(info.st_mode)) {
    return IoError("cannot read " + Quoted(path) + ": it is " + KindOf(info.st_mode) +
                   ", expected a regular file");
  }
  std::string too_large = "cannot read " + Quoted(path) + ": larger than the limit of " +
                         std::to_string(kMaxInputBytes >> 20) + " MiB";
  if (static_cast<uint64_t>(info.st_size) > kMaxInputBytes) return IoError(too_large);
  std::string bytes;
  bytes.resize(static_cast<size_t>(info.st_size));
  size_t done = 0;
  while (true) {  // the file may grow or shrink while it is read
    if (done == bytes.size()) bytes.resize(std::min(kMaxInputBytes + 1, bytes.size() * 2 + 4096));
    ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n < 0) return IoError("cannot read " + Quoted(path) + ": " + ErrnoText(errno));
    if (n == 0) break;
    done += static_cast<size_t>(n);
    if (done > kMaxInputBytes) return IoError(too_large);
  }
  bytes.resize(done);
  return bytes;
}

// The new file keeps the old one's owner and group where this user may give them (root may;
// others may keep a group they belong to); otherwise it is the user's, as any write would be.
void KeepOwner(int fd, const struct stat& old) {
  if (::fchown(fd, old.st_uid, old.st_gid) == 0) return;
  (void)!::fchown(fd, static_cast<uid_t>(-1), old.st_gid);
}

mode_t ModeForNewFile() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0644 & ~mask;
}

}  // namespace

Result<std::string> ReadFile(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) {
      return IoError("cannot read " + Quoted(path) + ": no such file",
                     "check the path; commands that write create a missing target themselves");
    }
    return IoError("cannot read " + Quoted(path) + ": " + ErrnoText(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return IoError("cannot read " + Quoted(path) + ": it is a directory, expected a file",
                   "name the file itself, e.g. web/apps/web/data/models.ts");
  }
  // Non-blocking, so that opening a FIFO never waits for a writer; the kind is checked again
  // on the open file, which is what is read.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return IoError("cannot read " + Quoted(path) + ": " + ErrnoText(errno));
  Result<std::string> bytes = ReadRegularFile(fd, path);
  ::close(fd);
  return bytes;
}

bool FileExists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

Status CheckWritable(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return Ok{};  // a new file: the directory decides
  if (S_ISDIR(info.st_mode)) {
    return WriteError("cannot write " + Quoted(path) + ": it is a directory, expected a file",
                      "name the file itself, e.g. web/apps/web/data/models.ts");
  }
  if ((info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(path.c_str(), W_OK) != 0) {
    return WriteError("cannot write " + Quoted(path) + ": the file is read-only",
                      "make it writable (chmod u+w) or write to another --output");
  }
  return Ok{};
}

std::string ResolveSymlinks(const std::string& path) {
  std::error_code ec;
  std::filesystem::path current = path;
  for (int hops = 0; hops < 40 && std::filesystem::is_symlink(current, ec); ++hops) {
    std::filesystem::path next = std::filesystem::read_symlink(current, ec);
    if (ec) break;
    current = next.is_absolute() ? next : current.parent_path() / next;
  }
  return current.string();
}

std::string DirectoryOf(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? "." : parent.string();
}

Status CheckTarget(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return Ok{};  // a new file
    return WriteError("cannot write " + Quoted(path) + ": " + ErrnoText(errno),
                      "name a regular file, or a symlink to one");
  }
  if (S_ISDIR(info.st_mode)) {
    return WriteError("cannot write " + Quoted(path) + ": it is a directory, expected a file",
                      "name the file itself, e.g. web/apps/web/data/models.ts");
  }
  if (!S_ISREG(info.st_mode)) {
    return WriteError("cannot write " + Quoted(path) + ": it is " + KindOf(info.st_mode) +
                      ", expected a regular file");
  }
  if (info.st_nlink > 1) {
    return WriteError("cannot write " + Quoted(path) + ": it has " +
                          std::to_string(info.st_nlink) +
                          " hard links, and replacing it would split them",
                      "edit a copy and move it into place, or remove the other links");
  }
  return Ok{};
}

Status WriteFileAtomically(const std::string& path, const std::string& bytes,
                           const ReadSnapshot* expected) {
  std::string target = ResolveSymlinks(path);
  Status kind = CheckTarget(path);
  if (!kind) return kind;
  Status writable = CheckWritable(target);
  if (!writable) return writable;
  if (!std::filesystem::is_directory(DirectoryOf(target))) {
    return WriteError("cannot write " + Quoted(path) + ": the directory " +
                          Quoted(DirectoryOf(target)) + " does not exist",
                      "run from the FlashInfer-Bench checkout's root, or pass --output");
  }
  struct stat info {};
  bool existed = ::stat(target.c_str(), &info) == 0;
  char* temp = BeginTempFile();
  std::string pattern = DirectoryOf(target) + "/.fib-modelgen.XXXXXX";
  if (pattern.size() >= kTempPathCapacity) {
    EndTempFile();
    return WriteError("cannot write " + Quoted(path) + ": the path is too long");
  }
  std::memcpy(temp, pattern.c_str(), pattern.size() + 1);
  int fd = ::mkstemp(temp);
  if (fd < 0) {
    EndTempFile();
    return WriteError("cannot write " + Quoted(path) + ": cannot create a temporary file in " +
                      Quoted(DirectoryOf(target)) + ": " + std::strerror(errno));
  }
  if (existed) KeepOwner(fd, info);
  mode_t mode = existed ? (info.st_mode & 07777) : ModeForNewFile();
  bool written = WriteAll(fd, bytes) && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
  int saved_errno = errno;
  ::close(fd);
  Status unchanged = written && expected ? ConfirmUnchanged(path, *expected) : Status(Ok{});
  if (written && unchanged && ::rename(temp, target.c_str()) == 0) {
    EndTempFile();
    return Ok{};
  }
  if (written && unchanged) saved_errno = errno;
  ::unlink(temp);
  EndTempFile();
  if (!unchanged) return unchanged;
  return WriteError("cannot write " + Quoted(path) + ": " + std::strerror(saved_errno));
}

}  // namespace fib
