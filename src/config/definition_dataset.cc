#include "config/definition_dataset.h"

#include <algorithm>
#include <filesystem>

#include "config/json_text.h"

namespace fib {

namespace {

namespace fs = std::filesystem;

// root/<op_type>/*<extension>, sorted.
std::vector<fs::path> FilesByOpType(const fs::path& root, const std::string& extension,
                                    const FileReader& files) {
  std::vector<fs::path> found;
  for (const std::string& op : files.List(root.string())) {
    fs::path folder = root / op;
    if (!files.IsDirectory(folder.string())) continue;
    for (const std::string& name : files.List(folder.string())) {
      if (fs::path(name).extension() == extension) found.push_back(folder / name);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

void ReadModelTags(const OrderedJson& json, const std::string& name, DefinitionDataset& dataset) {
  if (!json.contains("tags") || !json["tags"].is_array()) return;
  for (const OrderedJson& tag : json["tags"]) {
    if (!tag.is_string()) continue;
    const std::string& text = tag.get_ref<const std::string&>();
    if (text.rfind("model:", 0) == 0) dataset.model_tags[name].push_back(text.substr(6));
  }
}

void ReadOne(const fs::path& file, DefinitionDataset& dataset, const FileReader& files) {
  Result<std::string> text = files.Read(file.string());
  if (!text) {
    dataset.broken.push_back(file.string() + ": " + text.error().message);
    return;
  }
  AddDefinitionText(file.string(), file.parent_path().filename().string(), *text, dataset);
}

// A workload file's entries are its non-empty lines (one JSON object each); an empty file
// means collection has not produced anything yet, so it is not recorded.
void ReadWorkloads(const fs::path& root, DefinitionDataset& dataset, const FileReader& files) {
  for (const fs::path& file : FilesByOpType(root, ".jsonl", files)) {
    Result<std::string> text = files.Read(file.string());
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

Result<DefinitionDataset> LoadDefinitionDataset(const std::string& dir, const FileReader& files) {
  fs::path root = fs::path(dir);
  if (root.has_parent_path() && root.filename().empty()) root = root.parent_path();  // "dir/"
  if (files.IsDirectory((root / "definitions").string())) root /= "definitions";
  if (!files.IsDirectory(root.string())) {
    return Error(ErrorKind::kIo, "cannot read definitions from '" + dir + "': not a directory",
                 "pass a flashinfer-trace checkout or its definitions/ folder");
  }
  DefinitionDataset dataset;
  dataset.root = root.string();
  for (const fs::path& file : FilesByOpType(root, ".json", files)) ReadOne(file, dataset, files);
  fs::path workloads = root.parent_path() / "workloads";
  if (files.IsDirectory(workloads.string())) {
    dataset.has_workloads = true;
    ReadWorkloads(workloads, dataset, files);
  }
  return dataset;
}

}  // namespace fib
