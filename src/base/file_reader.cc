#include "base/file_reader.h"

#include <algorithm>
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

std::vector<std::string> DiskFileReader::List(const std::string& path) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

const FileReader& DiskFiles() {
  static const DiskFileReader disk;
  return disk;
}

bool MemoryFileReader::Exists(const std::string& path) const {
  return files_.count(path) || IsDirectory(path);
}

bool MemoryFileReader::IsDirectory(const std::string& path) const {
  std::string folder = path.empty() || path.back() == '/' ? path : path + "/";
  auto next = files_.lower_bound(folder);
  return next != files_.end() && next->first.compare(0, folder.size(), folder) == 0;
}

std::vector<std::string> MemoryFileReader::List(const std::string& path) const {
  std::string folder = path.empty() || path.back() == '/' ? path : path + "/";
  std::vector<std::string> names;
  for (auto it = files_.lower_bound(folder);
       it != files_.end() && it->first.compare(0, folder.size(), folder) == 0; ++it) {
    std::string rest = it->first.substr(folder.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (!name.empty() && (names.empty() || names.back() != name)) names.push_back(name);
  }
  return names;
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
