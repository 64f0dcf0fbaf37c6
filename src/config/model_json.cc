#include "config/model_json.h"

#include "config/json_text.h"
#include "model/literal_value.h"
#include "model/model_from_literal.h"
#include "model/validate.h"

namespace fib {

namespace {

// JSON carries no source offsets we can use, so problems name their field instead.
LiteralValue ToLiteral(const OrderedJson& json) {
  LiteralValue value;
  value.begin = kNoOffset;
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
    for (const OrderedJson& item : json) value.items.push_back(ToLiteral(item));
  } else if (json.is_object()) {
    value.kind = LiteralValue::Kind::kObject;
    for (const auto& [key, item] : json.items()) {
      value.properties.push_back({key, kNoOffset, ToLiteral(item)});
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

}  // namespace

Result<Model> ModelFromJsonText(const std::string& path, const std::string& text) {
  Result<OrderedJson> json = ParseJsonText(path, text, false);
  if (!json) return json.error();
  std::vector<Problem> problems;
  std::optional<Model> model = ModelFromLiteral(ToLiteral(*json), problems);
  if (model) {
    std::vector<Problem> rules = ValidateModel(*model);
    problems.insert(problems.end(), rules.begin(), rules.end());
  }
  if (problems.empty() && model) return *model;
  std::string message = path + ": invalid model entry: " + problems.front().message;
  for (size_t i = 1; i < problems.size(); ++i) message += "; " + problems[i].message;
  return Error(ErrorKind::kInput, message,
               "an entry is {\"id\", \"name\", \"description\"?, \"modules\": {KEY: {\"count\", "
               "\"parent\"?, \"type\", \"definitions\"?}}}");
}

std::string ModelsToJson(const std::vector<Model>& models) {
  OrderedJson json = OrderedJson::array();
  for (const Model& model : models) json.push_back(ModelJson(model));
  return json.dump(2) + "\n";
}

std::string ModelToJson(const Model& model) { return ModelJson(model).dump(2) + "\n"; }

}  // namespace fib
