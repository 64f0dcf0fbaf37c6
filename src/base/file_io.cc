#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fib {

namespace {

std::string Quoted(const std::string& path) { return "'" + path + "'"; }

Diagnostic IoError(const std::string& message, const std::string& help = "") {
  return Error(ErrorKind::kIo, message, help);
}

Diagnostic WriteError(const std::string& message, const std::string& help = "") {
  return Error(ErrorKind::kWrite, message, help);
}

// Follows a chain of symlinks to the file that should really be replaced.
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
    return IoError("cannot read " + Quoted(path) + ": " + std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return IoError("cannot read " + Quoted(path) + ": it is a directory, expected a file",
                   "name the file itself, e.g. web/apps/web/data/models.ts");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot read " + Quoted(path) + ": " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
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

Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  std::string target = ResolveSymlinks(path);
  Status writable = CheckWritable(target);
  if (!writable) return writable;
  struct stat info {};
  mode_t mode = ::stat(target.c_str(), &info) == 0 ? (info.st_mode & 07777) : ModeForNewFile();
  if (!std::filesystem::is_directory(DirectoryOf(target))) {
    return WriteError("cannot write " + Quoted(path) + ": the directory " +
                          Quoted(DirectoryOf(target)) + " does not exist",
                      "run from the FlashInfer-Bench checkout's root, or pass --output");
  }
  std::string temp = DirectoryOf(target) + "/.fib-modelgen.XXXXXX";
  std::string temp_buffer = temp;
  int fd = ::mkstemp(temp_buffer.data());
  if (fd < 0) {
    return WriteError("cannot write " + Quoted(path) + ": cannot create a temporary file in " +
                      Quoted(DirectoryOf(target)) + ": " + std::strerror(errno));
  }
  bool written = WriteAll(fd, bytes) && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
  int saved_errno = errno;
  ::close(fd);
  if (!written || ::rename(temp_buffer.c_str(), target.c_str()) != 0) {
    if (written) saved_errno = errno;
    ::unlink(temp_buffer.c_str());
    return WriteError("cannot write " + Quoted(path) + ": " + std::strerror(saved_errno));
  }
  return Ok{};
}

}  // namespace fib
