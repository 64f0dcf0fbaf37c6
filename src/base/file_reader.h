// The seam between code that looks for and reads files and the disk (ninja's FileReader):
// the loaders (configs, manifests, the dataset, prettier's configuration, models.ts) take a
// FileReader, so their tests run on files held in memory.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/result.h"

namespace fib {

class FileReader {
 public:
  virtual ~FileReader() = default;
  // True when something (a file or a folder) exists at `path`.
  virtual bool Exists(const std::string& path) const = 0;
  // True when `path` is a folder.
  virtual bool IsDirectory(const std::string& path) const = 0;
  // The bytes of the file at `path`; kIo errors as ReadFile gives them.
  virtual Result<std::string> Read(const std::string& path) const = 0;
  // The names (not paths) of the entries of the folder `path`, sorted; none when it is not a
  // folder or cannot be listed.
  virtual std::vector<std::string> List(const std::string& path) const = 0;
};

// The real file system.
class DiskFileReader : public FileReader {
 public:
  bool Exists(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  Result<std::string> Read(const std::string& path) const override;
  std::vector<std::string> List(const std::string& path) const override;
};

// The real file system, for callers that do not pass a reader of their own.
const FileReader& DiskFiles();

// Files held in memory, by absolute path; every ancestor of a file is a folder, and an entry
// whose path ends in '/' is an (empty) folder.
class MemoryFileReader : public FileReader {
 public:
  explicit MemoryFileReader(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  bool Exists(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  Result<std::string> Read(const std::string& path) const override;
  std::vector<std::string> List(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace fib
