#include "config/definition_dataset.h"

#include <algorithm>
#include <filesystem>

#include "base/file_io.h"
#include "config/json_text.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

// root/<op_type>/*<extension>, sorted.
std::vector<fs::path> FilesByOpType(const fs::path& root, const std::string& extension) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& op : fs::directory_iterator(root, ec)) {
    if (!op.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(op.path(), ec)) {
      if (file.path().extension() == extension) files.push_back(file.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void ReadModelTags(const OrderedJson& json, const std::string& name, DefinitionDataset& dataset) {
  if (!json.contains("tags") || !json["tags"].is_array()) return;
  for (const OrderedJson& tag : json["tags"]) {
    if (!tag.is_string()) continue;
    const std::string& text = tag.get_ref<const std::string&>();
    if (text.rfind("model:", 0) == 0) dataset.model_tags[name].push_back(text.substr(6));
  }
}

void ReadOne(const fs::path& file, DefinitionDataset& dataset) {
  Result<std::string> text = ReadFile(file.string());
  if (!text) {
    dataset.broken.push_back(file.string() + ": " + text.error().message);
    return;
  }
  AddDefinitionText(file.string(), file.parent_path().filename().string(), *text, dataset);
}

// An empty workload file means collection has not produced anything yet: not recorded.
void ReadWorkloads(const fs::path& root, DefinitionDataset& dataset) {
  for (const fs::path& file : FilesByOpType(root, ".jsonl")) {
    Result<std::string> text = ReadFile(file.string());
    if (!text) {
      dataset.broken.push_back(file.string() + ": " + text.error().message);
      continue;
    }
    int64_t entries = CountWorkloadEntries(*text);
    std::string key = file.parent_path().filename().string() + "/" + file.stem().string();
    if (entries > 0) dataset.workload_entries[key] = entries;
  }
}

}  // namespace

void AddDefinitionText(const std::string& path, const std::string& op_type, const std::string& text,
                       DefinitionDataset& dataset) {
  Result<OrderedJson> json = ParseJsonText(path, text, false);
  if (!json) {
    dataset.broken.push_back(path + ": " + json.error().message);
  } else if (!json->is_object() || !json->contains("name") || !(*json)["name"].is_string()) {
    dataset.broken.push_back(path + ": no string \"name\" field");
  } else {
    std::string name = (*json)["name"].get<std::string>();
    dataset.names.insert(name);
    dataset.op_types[name] = op_type;
    ReadModelTags(*json, name, dataset);
  }
}

// A workload file holds one JSON object a line; only the count matters here.
int64_t CountWorkloadEntries(std::string_view text) {
  int64_t entries = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    if (text.find_first_not_of(" \t\r", start) < end) ++entries;
    start = end + 1;
  }
  return entries;
}

Result<DefinitionDataset> LoadDefinitionDataset(const std::string& dir) {
  fs::path root = fs::path(dir);
  if (root.has_parent_path() && root.filename().empty()) root = root.parent_path();  // "dir/"
  if (fs::is_directory(root / "definitions")) root /= "definitions";
  if (!fs::is_directory(root)) {
    return Error(ErrorKind::kIo, "cannot read definitions from '" + dir + "': not a directory",
                 "pass a flashinfer-trace checkout or its definitions/ folder");
  }
  DefinitionDataset dataset;
  dataset.root = root.string();
  for (const fs::path& file : FilesByOpType(root, ".json")) ReadOne(file, dataset);
  fs::path workloads = root.parent_path() / "workloads";
  if (fs::is_directory(workloads)) {
    dataset.has_workloads = true;
    ReadWorkloads(workloads, dataset);
  }
  return dataset;
}

}  // namespace fib
