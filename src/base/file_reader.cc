#include "base/file_reader.h"

#include <filesystem>

#include "base/file_io.h"

namespace fib {

bool DiskFileReader::Exists(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

bool DiskFileReader::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

Result<std::string> DiskFileReader::Read(const std::string& path) const { return ReadFile(path); }

bool MemoryFileReader::Exists(const std::string& path) const {
  return files_.count(path) || IsDirectory(path);
}

bool MemoryFileReader::IsDirectory(const std::string& path) const {
  std::string folder = path.empty() || path.back() == '/' ? path : path + "/";
  auto next = files_.lower_bound(folder);
  return next != files_.end() && next->first.compare(0, folder.size(), folder) == 0;
}

Result<std::string> MemoryFileReader::Read(const std::string& path) const {
  auto found = files_.find(path);
  if (found == files_.end()) {
    return Error(ErrorKind::kIo, "cannot read '" + path + "': " +
                                     (IsDirectory(path) ? "it is a directory" : "no such file"));
  }
  return found->second;
}

}  // namespace fib
