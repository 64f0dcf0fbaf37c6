#include "model/model_from_literal.h"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include "base/limits.h"
#include "base/suggest.h"
#include "model/validate.h"

namespace fib {

namespace {

using Kind = LiteralValue::Kind;

std::string Quote(const std::string& value) { return "'" + value + "'"; }

bool Expect(const LiteralValue& value, Kind kind, const std::string& what,
            std::vector<Problem>& problems) {
  if (value.kind == kind) return true;
  problems.push_back(
      {value.begin, what + " must be " + DescribeKind(kind) + ", got " + DescribeKind(value.kind)});
  return false;
}

void ReportUnknownKey(const LiteralProperty& property, const std::string& where,
                      const std::vector<std::string>& known, std::vector<Problem>& problems) {
  std::string message = "unknown key " + Quote(property.key) + " in " + where + "; expected ";
  for (size_t i = 0; i < known.size(); ++i) {
    message += (i == 0 ? "" : i + 1 == known.size() ? " or " : ", ") + known[i];
  }
  std::string suggestion = ClosestMatch(property.key, known);
  if (!suggestion.empty()) message += " (did you mean " + Quote(suggestion) + "?)";
  problems.push_back({property.key_begin, message});
}

// tsc rejects an object literal that repeats a key; JavaScript would keep the last one.
void ReportDuplicateKeys(const LiteralValue& object, const std::string& where,
                         std::vector<Problem>& problems) {
  std::unordered_set<std::string_view> seen;
  for (const LiteralProperty& property : object.properties) {
    if (seen.insert(property.key).second) continue;
    problems.push_back({property.key_begin, "duplicate key " + Quote(property.key) + " in " +
                                                where + " (tsc rejects it)"});
  }
}

void ReadDefinitions(const LiteralValue& value, const std::string& what, Module& module,
                     std::vector<Problem>& problems) {
  if (!Expect(value, Kind::kArray, what + ": definitions", problems)) return;
  std::vector<std::string> names;
  for (const LiteralValue& item : value.items) {
    if (Expect(item, Kind::kString, what + ": each definition", problems)) {
      names.push_back(item.text);
    }
  }
  module.definitions = std::move(names);
}

void ReadCount(const LiteralValue& value, const std::string& what, Module& module,
               std::vector<Problem>& problems) {
  module.count_offset = value.begin;
  module.count = 1;  // stands in for a count reported as wrong, so it is not reported twice
  if (!Expect(value, Kind::kNumber, what + ": count", problems)) return;
  if (value.number != std::floor(value.number) || std::fabs(value.number) > 9.0e15) {
    problems.push_back(
        {value.begin, what + ": count must be a positive integer, got " + value.text});
    return;
  }
  module.count = static_cast<int64_t>(value.number);
}

void ReadModuleField(const LiteralProperty& property, const std::string& what, Module& module,
                     std::vector<Problem>& problems) {
  const LiteralValue& value = property.value;
  if (property.key == "count") {
    ReadCount(value, what, module, problems);
  } else if (property.key == "parent") {
    module.parent_offset = value.begin;
    if (Expect(value, Kind::kString, what + ": parent", problems)) module.parent = value.text;
  } else if (property.key == "type") {
    module.type_offset = value.begin;
    if (Expect(value, Kind::kString, what + ": type", problems)) module.type = value.text;
  } else if (property.key == "definitions") {
    ReadDefinitions(value, what, module, problems);
  } else {
    ReportUnknownKey(property, what, {"count", "parent", "type", "definitions"}, problems);
  }
}

Module ReadModule(const LiteralProperty& property, std::vector<Problem>& problems) {
  Module module;
  module.key = property.key;
  module.key_offset = property.key_begin;
  module.type = "block";  // overwritten below; a missing type is reported
  std::string what = "module " + Quote(property.key);
  if (!Expect(property.value, Kind::kObject, what, problems)) return module;
  bool has_count = false, has_type = false;
  ReportDuplicateKeys(property.value, what, problems);
  for (const LiteralProperty& field : property.value.properties) {
    has_count |= field.key == "count";
    has_type |= field.key == "type";
    ReadModuleField(field, what, module, problems);
  }
  if (!has_count) problems.push_back({property.key_begin, what + " is missing 'count'"});
  if (!has_type) problems.push_back({property.key_begin, what + " is missing 'type'"});
  if (!has_count) module.count = 1;
  return module;
}

void ReadModules(const LiteralValue& value, Model& model, std::vector<Problem>& problems) {
  if (!Expect(value, Kind::kObject, "modules", problems)) return;
  if (value.properties.size() > kMaxModules) {
    problems.push_back({value.begin, "a model has " + std::to_string(value.properties.size()) +
                                         " modules, past the limit of " +
                                         std::to_string(kMaxModules)});
    return;
  }
  for (const LiteralProperty& property : value.properties) {
    if (IsReservedKey(property.key)) {
      problems.push_back({property.key_begin, "module key " + Quote(property.key) +
                                                  " is not allowed: JavaScript objects treat "
                                                  "it specially"});
      continue;
    }
    model.modules.push_back(ReadModule(property, problems));
  }
}

void ReadStringField(const LiteralProperty& property, std::string& out,
                     std::vector<Problem>& problems) {
  if (Expect(property.value, Kind::kString, property.key, problems)) out = property.value.text;
}

}  // namespace

std::optional<Model> ModelFromLiteral(const LiteralValue& value, std::vector<Problem>& problems) {
  if (!Expect(value, Kind::kObject, "a model", problems)) return std::nullopt;
  Model model;
  model.offset = value.begin;
  bool has_id = false, has_name = false, has_modules = false;
  ReportDuplicateKeys(value, "the model", problems);
  for (const LiteralProperty& property : value.properties) {
    if (property.key == "id") {
      has_id = true;
      model.id_offset = property.value.begin;
      ReadStringField(property, model.id, problems);
    } else if (property.key == "name") {
      has_name = true;
      ReadStringField(property, model.name, problems);
    } else if (property.key == "description") {
      model.description.emplace();
      ReadStringField(property, *model.description, problems);
    } else if (property.key == "modules") {
      has_modules = true;
      ReadModules(property.value, model, problems);
    } else {
      ReportUnknownKey(property, "model", {"id", "name", "description", "modules"}, problems);
    }
  }
  if (!has_id) problems.push_back({value.begin, "model is missing 'id'"});
  if (!has_name) problems.push_back({value.begin, "model is missing 'name'"});
  if (!has_modules) problems.push_back({value.begin, "model is missing 'modules'"});
  if (!has_id) return std::nullopt;
  return model;
}

}  // namespace fib
