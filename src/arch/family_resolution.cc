#include "arch/family_resolution.h"

#include "config/json_text.h"

namespace fib {

namespace {

std::string TextOf(const ModelConfig& config, const char* key) {
  const ConfigField* field = config.Find(key);
  return field && field->kind == ConfigField::Kind::kString ? field->text : "";
}

// The keys of `keys` the config sets, for a refusal ("global_head_dim 512, ...").
std::string PresentKeys(const ModelConfig& config, const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& key : keys) {
    const ConfigField* field = config.Find(key);
    bool off = !field || (field->kind == ConfigField::Kind::kBool && !field->boolean) ||
               (field->kind == ConfigField::Kind::kInteger && field->integer == 0);
    if (off) continue;
    out += (out.empty() ? "" : ", ") + key;
  }
  return out;
}

Diagnostic Refusal(const ModelConfig& config, const std::string& type, const Family& family) {
  std::string present = PresentKeys(config, family.refusal_keys);
  return Error(ErrorKind::kInput,
               config.path + ": " + type + ": the module tree cannot express " + family.refusal +
                   (present.empty() ? "" : " (the config sets " + present + ")"),
               "fib-modelgen describes one tree per layer kind; write this model's entry by "
               "hand (mark it 'fib-modelgen: manual' so refresh leaves it alone)");
}

// Per-layer structure any family may carry: refused before any field is read, so the message
// names the feature rather than a field it leaves null.
const Family* PerLayerStructure(const ModelConfig& config) {
  const Family* nas = FindFamily("nemotron-nas");
  for (const std::string& key : nas->refusal_keys) {
    if (config.Find(key)) return nas;
  }
  return nullptr;
}

}  // namespace

Result<ResolvedFamily> ResolveFamily(const ModelConfig& config) {
  ResolvedFamily resolved;
  std::string type = TextOf(config, "model_type");
  resolved.model_type = type.empty() ? config.wrapper_type : type;
  resolved.family = FindFamily(type);
  if (!resolved.family) resolved.family = FindFamily(config.wrapper_type);
  if (!resolved.family) {
    resolved.family = FindFamilyOfClass(config.architecture);
    if (resolved.family && !resolved.model_type.empty()) {
      resolved.warnings.push_back(Warning(
          config.path + ": model_type '" + resolved.model_type +
          "' is not in the families table; its class '" + config.architecture + "' is the '" +
          resolved.family->model_type + "' family's, so it is generated as that family"));
    }
  }
  if (const Family* per_layer = PerLayerStructure(config)) {
    return Refusal(config, resolved.model_type, *per_layer);
  }
  if (resolved.family && !resolved.family->refusal.empty()) {
    return Refusal(config, resolved.model_type, *resolved.family);
  }
  if (resolved.family) resolved.model_type = resolved.family->model_type;
  return resolved;
}

ModelConfig WithFamilyDefaults(ModelConfig config, const Family* family) {
  if (!family) return config;
  // Old keys may be nested (DBRX's "attn_config.kv_n_heads").
  for (const auto& [old_key, key] : family->traits.renames) {
    const ConfigField* old_field = config.Find(old_key);
    if (old_field && !config.fields.count(key)) config.fields[key] = *old_field;
  }
  for (const ConfigDefault& value : family->defaults) {
    if (config.fields.count(value.key)) continue;
    Result<OrderedJson> json = ParseJsonText("<default>", value.value, false);
    ConfigField field;
    if (json->is_boolean()) {
      field.kind = ConfigField::Kind::kBool;
      field.boolean = json->get<bool>();
    } else if (json->is_number_integer()) {
      field.kind = ConfigField::Kind::kInteger;
      field.integer = json->get<int64_t>();
      field.number = static_cast<double>(field.integer);
    } else if (json->is_number()) {
      field.kind = ConfigField::Kind::kNumber;
      field.number = json->get<double>();
    } else {
      field.kind = ConfigField::Kind::kString;
      field.text = json->get<std::string>();
    }
    config.fields[value.key] = field;
  }
  return config;
}

}  // namespace fib
