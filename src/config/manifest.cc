#include "config/manifest.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/file_io.h"
#include "base/line_index.h"
#include "base/suggest.h"
#include "config/json_positions.h"
#include "config/json_text.h"
#include "config/manifest_paths.h"

namespace fib {

namespace {

const std::vector<std::string> kTopKeys = {"output", "definitions", "models"};
const std::vector<std::string> kModelKeys = {
    "id", "config", "sglang_impl", "name", "description", "tp", "ep", "page_sizes", "sampling"};

// Collects located problems while the manifest is read.
class Reader {
 public:
  Reader(const std::string& path, const std::string& text, const JsonLayout& layout)
      : path_(path), text_(text), layout_(layout), index_(text) {}

  void Fail(size_t position, const std::string& message) {
    size_t offset = position < layout_.positions.size() ? layout_.positions[position].value : 0;
    problems_.push_back({offset, message});
  }

  void CheckKeys(const OrderedJson& object, size_t position, const std::vector<std::string>& known,
                 const std::string& where) {
    size_t child = position + 1;
    for (const auto& [key, value] : object.items()) {
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string hint = ClosestMatch(key, known);
        Fail(child, "unknown key '" + key + "' in " + where +
                        (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
      }
      child += JsonValueCount(value);
    }
  }

  size_t Offset(size_t position) const {
    return position < layout_.positions.size() ? layout_.positions[position].value : 0;
  }

  Result<Manifest> Finish(Manifest manifest) {
    if (problems_.empty()) return manifest;
    Diagnostic error =
        ErrorAt(ErrorKind::kInput, path_, text_, problems_.front().first, problems_.front().second,
                "see fixtures/manifest.json for a complete example");
    for (size_t i = 1; i < problems_.size(); ++i) {
      error.notes.push_back(problems_[i].second + " (line " +
                            std::to_string(index_.LineOf(problems_[i].first)) + ")");
    }
    return error;
  }

 private:
  const std::string& path_;
  const std::string& text_;
  const JsonLayout& layout_;
  LineIndex index_;
  std::vector<std::pair<size_t, std::string>> problems_;
};

std::string Resolve(const std::string& base_dir, const std::string& path) {
  if (path.empty() || std::filesystem::path(path).is_absolute()) return path;
  return (std::filesystem::path(base_dir) / path).lexically_normal().string();
}

// Resolves the string member `key` of `object` (at pre-order `position`) and records it in
// manifest.paths; "" when it is absent, not a string, or empty.
std::string ReadPath(const OrderedJson& object, size_t position, const char* key,
                     const std::string& base_dir, const Reader& reader, Manifest& manifest) {
  if (!object.contains(key) || !object[key].is_string()) return "";
  std::string written = object[key].get<std::string>();
  if (written.empty()) return "";
  std::string resolved = Resolve(base_dir, written);
  manifest.paths.push_back(
      {key, written, resolved, reader.Offset(JsonMemberPosition(object, key, position))});
  return resolved;
}

// "tp": 8, "tp": [1, 2] or "tp": "1,2" → ascending unique positive integers.
std::optional<std::vector<int64_t>> IntList(const OrderedJson& json) {
  std::set<int64_t> values;
  std::vector<OrderedJson> items;
  if (json.is_array()) {
    items.assign(json.begin(), json.end());
  } else {
    items.push_back(json);
  }
  for (const OrderedJson& item : items) {
    if (!item.is_number_integer() || item.get<int64_t>() <= 0) return std::nullopt;
    values.insert(item.get<int64_t>());
  }
  if (values.empty()) return std::nullopt;
  return std::vector<int64_t>(values.begin(), values.end());
}

void ReadModel(const OrderedJson& json, size_t position, const std::string& base_dir,
               Reader& reader, Manifest& manifest) {
  if (!json.is_object()) return reader.Fail(position, "each model must be an object");
  reader.CheckKeys(json, position, kModelKeys, "a model entry");
  ManifestModel model;
  for (const char* key : {"id", "config"}) {
    if (!json.contains(key) || !json[key].is_string() || json[key].get<std::string>().empty()) {
      reader.Fail(json.contains(key) ? JsonMemberPosition(json, key, position) : position,
                  std::string("a model entry needs a non-empty string '") + key + "'");
    }
  }
  for (const char* key : {"sglang_impl", "name", "description"}) {
    if (json.contains(key) && !json[key].is_string()) {
      reader.Fail(JsonMemberPosition(json, key, position),
                  std::string("'") + key + "' must be a string");
    }
  }
  auto text = [&](const char* key) {
    return json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : "";
  };
  model.id = text("id");
  model.config_as_written = text("config");
  model.config = ReadPath(json, position, "config", base_dir, reader, manifest);
  model.sglang_impl = ReadPath(json, position, "sglang_impl", base_dir, reader, manifest);
  if (json.contains("name")) model.name = text("name");
  if (json.contains("description")) model.description = text("description");
  model.auto_parallel = json.contains("tp") && json["tp"] == "auto";
  for (const char* key : {"tp", "page_sizes"}) {
    if (!json.contains(key) || (std::string(key) == "tp" && model.auto_parallel)) continue;
    std::optional<std::vector<int64_t>> values = IntList(json[key]);
    if (!values) {
      reader.Fail(JsonMemberPosition(json, key, position),
                  std::string("'") + key + "' must be a positive integer or a list of them" +
                      (std::string(key) == "tp" ? ", or \"auto\"" : ""));
    } else {
      (std::string(key) == "tp" ? model.tp : model.page_sizes) = *values;
    }
  }
  if (json.contains("ep")) {
    std::optional<std::vector<int64_t>> ep = IntList(json["ep"]);
    if (!ep || ep->size() != 1 || json["ep"].is_array()) {
      reader.Fail(JsonMemberPosition(json, "ep", position), "'ep' must be a positive integer");
    } else {
      model.ep = ep->front();
      model.ep_given = true;
    }
  }
  if (json.contains("sampling")) {
    if (!json["sampling"].is_boolean()) {
      reader.Fail(JsonMemberPosition(json, "sampling", position),
                  "'sampling' must be true or false");
    } else {
      model.sampling = json["sampling"].get<bool>();
    }
  }
  model.offset = reader.Offset(position);
  manifest.models.push_back(std::move(model));
}

void CheckDuplicateIds(const OrderedJson& models, size_t position, Reader& reader) {
  std::set<std::string> seen;
  size_t child = position + 1;
  for (const OrderedJson& model : models) {
    if (model.is_object() && model.contains("id") && model["id"].is_string() &&
        !seen.insert(model["id"].get<std::string>()).second) {
      reader.Fail(JsonMemberPosition(model, "id", child),
                  "duplicate id '" + model["id"].get<std::string>() + "' in the manifest");
    }
    child += JsonValueCount(model);
  }
}

}  // namespace

Result<Manifest> LoadManifest(const std::string& path, ManifestPaths allowed,
                              const FileReader& files) {
  Result<std::string> text = files.Read(path);
  if (!text) return text.error();
  Result<Manifest> manifest = ManifestFromText(path, *text);
  if (!manifest || allowed == ManifestPaths::kAnywhere) return manifest;
  Status inside = CheckManifestPaths(*manifest, ManifestBoundary(path));
  if (!inside) return inside.error();
  return manifest;
}

Result<Manifest> ManifestFromText(const std::string& path, const std::string& text) {
  Result<OrderedJson> json = ParseJsonText(path, text, false);
  if (!json) return json.error();
  JsonLayout layout = ScanJsonLayout(text);
  Reader reader(path, text, layout);  // refers to `text`, which outlives every move of manifest
  Manifest manifest;
  manifest.path = path;
  manifest.text = text;
  if (!json->is_object()) {
    reader.Fail(0, "a manifest is a JSON object with \"output\" and \"models\"");
    return reader.Finish(std::move(manifest));
  }
  reader.CheckKeys(*json, 0, kTopKeys, "the manifest");
  std::string base_dir = std::filesystem::path(path).parent_path().string();
  if (!json->contains("output") || !(*json)["output"].is_string()) {
    reader.Fail(0, "the manifest needs a string \"output\" (the models.ts to refresh)");
  } else {
    manifest.output = Resolve(base_dir, (*json)["output"].get<std::string>());
    ReadPath(*json, 0, "output", base_dir, reader, manifest);
  }
  if (json->contains("definitions") && !(*json)["definitions"].is_string()) {
    reader.Fail(JsonMemberPosition(*json, "definitions", 0),
                "'definitions' must be a string (a flashinfer-trace checkout)");
  }
  manifest.definitions = ReadPath(*json, 0, "definitions", base_dir, reader, manifest);
  if (!json->contains("models") || !(*json)["models"].is_array()) {
    reader.Fail(0, "the manifest needs an array \"models\"");
    return reader.Finish(std::move(manifest));
  }
  size_t models = JsonMemberPosition(*json, "models", 0);
  size_t child = models + 1;
  for (const OrderedJson& model : (*json)["models"]) {
    ReadModel(model, child, base_dir, reader, manifest);
    child += JsonValueCount(model);
  }
  CheckDuplicateIds((*json)["models"], models, reader);
  return reader.Finish(std::move(manifest));
}

}  // namespace fib
