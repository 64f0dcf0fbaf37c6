#include "config/definition_dataset.h"

#include <algorithm>
#include <filesystem>

#include "base/file_io.h"
#include "config/json_text.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> JsonFiles(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& op : fs::directory_iterator(root, ec)) {
    if (!op.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(op.path(), ec)) {
      if (file.path().extension() == ".json") files.push_back(file.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void ReadOne(const fs::path& file, DefinitionDataset& dataset) {
  Result<std::string> text = ReadFile(file.string());
  if (!text) {
    dataset.broken.push_back(file.string() + ": " + text.error().message);
    return;
  }
  Result<OrderedJson> json = ParseJsonText(file.string(), *text, false);
  if (!json) {
    dataset.broken.push_back(file.string() + ": " + json.error().message);
  } else if (!json->is_object() || !json->contains("name") || !(*json)["name"].is_string()) {
    dataset.broken.push_back(file.string() + ": no string \"name\" field");
  } else {
    dataset.names.insert((*json)["name"].get<std::string>());
  }
}

}  // namespace

Result<DefinitionDataset> LoadDefinitionDataset(const std::string& dir) {
  fs::path root = fs::path(dir);
  if (fs::is_directory(root / "definitions")) root /= "definitions";
  if (!fs::is_directory(root)) {
    return Error(ErrorKind::kIo, "cannot read definitions from '" + dir + "': not a directory",
                 "pass a flashinfer-trace checkout or its definitions/ folder");
  }
  DefinitionDataset dataset;
  dataset.root = root.string();
  for (const fs::path& file : JsonFiles(root)) ReadOne(file, dataset);
  return dataset;
}

}  // namespace fib
