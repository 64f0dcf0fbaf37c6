#include "config/model_json.h"

#include "base/line_index.h"
#include "config/json_positions.h"
#include "config/json_text.h"
#include "model/literal_value.h"
#include "model/model_from_literal.h"
#include "model/validate.h"

namespace fib {

namespace {

// Converts `json` to a literal whose offsets come from `positions` (pre-order, as scanned
// from the text), so problems found later point into the entry file.
LiteralValue ToLiteral(const OrderedJson& json, const std::vector<JsonPosition>& positions,
                       size_t& next) {
  LiteralValue value;
  value.begin = next < positions.size() ? positions[next].value : kNoOffset;
  ++next;
  if (json.is_string()) {
    value.kind = LiteralValue::Kind::kString;
    value.text = json.get<std::string>();
  } else if (json.is_number()) {
    value.kind = LiteralValue::Kind::kNumber;
    value.number = json.get<double>();
    value.text = json.dump();
  } else if (json.is_boolean()) {
    value.kind = LiteralValue::Kind::kBool;
    value.boolean = json.get<bool>();
  } else if (json.is_array()) {
    value.kind = LiteralValue::Kind::kArray;
    for (const OrderedJson& item : json) value.items.push_back(ToLiteral(item, positions, next));
  } else if (json.is_object()) {
    value.kind = LiteralValue::Kind::kObject;
    for (const auto& [key, item] : json.items()) {
      size_t key_offset = next < positions.size() ? positions[next].key : kNoOffset;
      value.properties.push_back({key, key_offset, ToLiteral(item, positions, next)});
    }
  } else {
    value.kind = LiteralValue::Kind::kNull;
  }
  return value;
}

OrderedJson ModuleJson(const Module& module) {
  OrderedJson json = OrderedJson::object();
  json["count"] = module.count;
  if (module.parent) json["parent"] = *module.parent;
  json["type"] = module.type;
  if (module.definitions) json["definitions"] = *module.definitions;
  return json;
}

OrderedJson ModelJson(const Model& model) {
  OrderedJson json = OrderedJson::object();
  json["id"] = model.id;
  json["name"] = model.name;
  if (model.description) json["description"] = *model.description;
  OrderedJson modules = OrderedJson::object();
  for (const Module& module : model.modules) modules[module.key] = ModuleJson(module);
  json["modules"] = modules;
  return json;
}

// The first problem, located, with the others listed after it (all must be fixed).
Diagnostic EntryError(const std::string& path, const std::string& text,
                      const std::vector<Problem>& problems) {
  std::string message = "invalid model entry: " + problems.front().message;
  LineIndex index(text);
  std::vector<std::string> notes;
  for (size_t i = 1; i < problems.size(); ++i) {
    std::string note = problems[i].message;
    if (problems[i].offset != kNoOffset) {
      note += " (line " + std::to_string(index.LineOf(problems[i].offset)) + ")";
    }
    notes.push_back(std::move(note));
  }
  std::string help =
      "an entry is {\"id\", \"name\", \"description\"?, \"modules\": {KEY: {\"count\", "
      "\"parent\"?, \"type\", \"definitions\"?}}}";
  Diagnostic diagnostic =
      problems.front().offset == kNoOffset
          ? Error(ErrorKind::kInput, path + ": " + message, help)
          : ErrorAt(ErrorKind::kInput, path, text, problems.front().offset, message, help);
  diagnostic.notes = std::move(notes);
  return diagnostic;
}

}  // namespace

Result<Model> ModelFromJsonText(const std::string& path, const std::string& text) {
  Result<OrderedJson> json = ParseJsonText(path, text, false);
  if (!json) return json.error();
  JsonLayout layout = ScanJsonLayout(text);
  std::optional<size_t> duplicate =
      layout.positions.size() == JsonValueCount(*json) ? std::nullopt : FirstDuplicateKey(text);
  if (duplicate) {
    return ErrorAt(ErrorKind::kInput, path, text, *duplicate,
                   "duplicate key in the entry (JSON readers keep only one of them)",
                   "remove or rename one of the two keys");
  }
  std::vector<Problem> problems;
  size_t next = 0;
  std::optional<Model> model = ModelFromLiteral(ToLiteral(*json, layout.positions, next), problems);
  if (model) {
    std::vector<Problem> rules = ValidateModel(*model);
    problems.insert(problems.end(), rules.begin(), rules.end());
  }
  if (problems.empty() && model) return *model;
  return EntryError(path, text, problems);
}

std::string ModelsToJson(const std::vector<Model>& models) {
  OrderedJson json = OrderedJson::array();
  for (const Model& model : models) json.push_back(ModelJson(model));
  return json.dump(2) + "\n";
}

std::string ModelToJson(const Model& model) { return ModelJson(model).dump(2) + "\n"; }

}  // namespace fib
