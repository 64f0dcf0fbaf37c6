#include "arch/field_reader.h"

#include <cmath>
#include <cstdio>

#include "arch/field_limits.h"
#include "base/line_index.h"

namespace fib {

namespace {

// JSON numbers past 2^53 lose precision as doubles; a dimension that large is absurd anyway.
constexpr double kLargest = 9007199254740992.0;

std::string Describe(const ConfigField& field) {
  switch (field.kind) {
    case ConfigField::Kind::kBool:
      return field.boolean ? "true" : "false";
    case ConfigField::Kind::kInteger:
      return std::to_string(field.integer);
    case ConfigField::Kind::kNumber: {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.17g", field.number);
      return buffer;
    }
    case ConfigField::Kind::kString:
      return "\"" + field.text + "\"";
    case ConfigField::Kind::kList:
      return "a list";
    case ConfigField::Kind::kObject:
      return "an object";
    case ConfigField::Kind::kNull:
      return "null";
  }
  return "?";
}

}  // namespace

bool FieldReader::Failed(const std::string& name) const { return failed_.count(name) > 0; }

void FieldReader::Fail(const std::string& name, const std::string& message) {
  failed_.insert(name);
  auto it = config_.fields.find(name);
  if (it != config_.fields.end() && it->second.offset != static_cast<size_t>(-1)) {
    errors_.push_back(
        ErrorAt(ErrorKind::kInput, config_.path, config_.text, it->second.offset, message));
  } else {
    errors_.push_back(Error(ErrorKind::kInput, config_.path + ": " + message));
  }
}

// A per-layer list whose entries are all equal stands for that one value (Hunyuan's
// moe_topk); one with different entries is a per-layer structure the tree cannot express.
const ConfigField* FieldReader::Uniform(const std::string& name, const ConfigField* field) {
  if (field->kind != ConfigField::Kind::kList || field->items.empty()) return field;
  const ConfigField& first = field->items.front();
  for (const ConfigField& item : field->items) {
    bool same = item.kind == first.kind && item.number == first.number;
    if (!same) {
      Fail(name, "'" + name + "' is a per-layer list with different values (" + Describe(first) +
                     " and " + Describe(item) +
                     "); per-layer shapes cannot be expressed in one module tree");
      return nullptr;
    }
  }
  return &first;
}

int64_t FieldReader::Positive(const std::string& name) {
  const ConfigField* field = config_.Find(name);
  if (!field) {
    Fail(name, "missing required field '" + name + "'");
    return 1;
  }
  field = Uniform(name, field);
  if (!field) return 1;
  bool integral = field->kind == ConfigField::Kind::kInteger ||
                  (field->kind == ConfigField::Kind::kNumber && std::isfinite(field->number) &&
                   field->number == std::floor(field->number));
  if (!integral || field->number <= 0 || field->number > kLargest) {
    std::string limit = integral && field->number > kLargest ? " (at most 2^53)" : "";
    Fail(name, "'" + name + "' must be a positive integer" + limit + ", got " + Describe(*field));
    return 1;
  }
  if (CountLimit limit = LimitFor(name); field->number > static_cast<double>(limit.value)) {
    Fail(name, "'" + name + "' is " + Describe(*field) + ", past the limit of " +
                   std::to_string(limit.value) + " " + limit.what);
    return 1;
  }
  return static_cast<int64_t>(field->number);
}

std::optional<int64_t> FieldReader::OptionalPositive(const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (Has(name)) return Positive(name);
  }
  return std::nullopt;
}

int64_t FieldReader::NonNegative(const std::string& name, int64_t fallback) {
  const ConfigField* field = config_.Find(name);
  if (!field) return fallback;
  field = Uniform(name, field);
  if (!field) return fallback;
  if (field->kind != ConfigField::Kind::kInteger || field->integer < 0) {
    Fail(name, "'" + name + "' must be a non-negative integer, got " + Describe(*field));
    return fallback;
  }
  return field->integer;
}

std::optional<int64_t> FieldReader::Integer(const std::string& name) {
  const ConfigField* field = config_.Find(name);
  if (!field) return std::nullopt;
  if (field->kind != ConfigField::Kind::kInteger) {
    Fail(name, "'" + name + "' must be an integer, got " + Describe(*field));
    return std::nullopt;
  }
  return field->integer;
}

std::optional<double> FieldReader::Number(const std::string& name) const {
  const ConfigField* field = config_.Find(name);
  if (!field ||
      (field->kind != ConfigField::Kind::kInteger && field->kind != ConfigField::Kind::kNumber)) {
    return std::nullopt;
  }
  return field->number;
}

std::optional<bool> FieldReader::Bool(const std::string& name) const {
  const ConfigField* field = config_.Find(name);
  if (!field || field->kind != ConfigField::Kind::kBool) return std::nullopt;
  return field->boolean;
}

std::string FieldReader::String(const std::string& name) const {
  const ConfigField* field = config_.Find(name);
  return field && field->kind == ConfigField::Kind::kString ? field->text : "";
}

std::optional<std::vector<int64_t>> FieldReader::IntList(const std::string& name) {
  const ConfigField* field = config_.Find(name);
  if (!field) return std::nullopt;
  std::vector<int64_t> values;
  for (const ConfigField& item : field->items) {
    if (item.kind != ConfigField::Kind::kInteger) {
      Fail(name, "'" + name + "' must be a list of integers");
      return std::nullopt;
    }
    values.push_back(item.integer);
  }
  if (field->kind != ConfigField::Kind::kList) {
    Fail(name, "'" + name + "' must be a list of integers, got " + Describe(*field));
    return std::nullopt;
  }
  return values;
}

std::optional<std::vector<std::string>> FieldReader::StringList(const std::string& name) const {
  const ConfigField* field = config_.Find(name);
  if (!field || field->kind != ConfigField::Kind::kList) return std::nullopt;
  std::vector<std::string> values;
  for (const ConfigField& item : field->items) values.push_back(item.text);
  return values;
}

}  // namespace fib
