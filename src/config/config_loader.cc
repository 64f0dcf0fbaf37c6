#include <limits>

#include "base/line_index.h"
#include "config/json_positions.h"
#include "config/json_text.h"
#include "config/model_config.h"

namespace fib {

namespace {

// An unsigned integer past INT64_MAX would wrap (2^64-1 read as -1): it is kept as a number.
bool OutOfInt64(const OrderedJson& json) {
  return json.is_number_unsigned() &&
         json.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
}

// Converts `json` with offsets from `positions` (pre-order, see json_positions.h).
ConfigField ToField(const OrderedJson& json, const std::vector<JsonPosition>& positions,
                    size_t& next, std::map<std::string, ConfigField>* members) {
  ConfigField field;
  field.offset = next < positions.size() ? positions[next].value : field.offset;
  ++next;
  using Kind = ConfigField::Kind;
  if (json.is_boolean()) {
    field.kind = Kind::kBool;
    field.boolean = json.get<bool>();
  } else if (json.is_number_integer() && !OutOfInt64(json)) {
    field.kind = Kind::kInteger;
    field.integer = json.get<int64_t>();
    field.number = static_cast<double>(field.integer);
  } else if (json.is_number()) {
    field.kind = Kind::kNumber;
    field.number = json.get<double>();
  } else if (json.is_string()) {
    field.kind = Kind::kString;
    field.text = json.get<std::string>();
  } else if (json.is_array()) {
    field.kind = Kind::kList;
    for (const auto& item : json) field.items.push_back(ToField(item, positions, next, nullptr));
  } else if (json.is_object()) {
    field.kind = Kind::kObject;
    for (const auto& [key, item] : json.items()) {
      ConfigField member = ToField(item, positions, next, nullptr);
      member.key = key;
      if (members) (*members)[key] = member;
      field.items.push_back(std::move(member));
    }
  }
  return field;
}

// Every member of `object` (a JSON object) as fields, keyed by name.
std::map<std::string, ConfigField> Members(const OrderedJson& object,
                                           const std::vector<JsonPosition>& positions,
                                           size_t first) {
  std::map<std::string, ConfigField> members;
  size_t next = first;
  ToField(object, positions, next, &members);
  return members;
}

// model_architecture.json names → HuggingFace names, per block ("" = top level).
struct Mapping {
  const char* block;
  const char* from;
  const char* to;
};
constexpr Mapping kArchitectureMappings[] = {
    {"", "num_layers", "num_hidden_layers"},
    {"", "hidden_size", "hidden_size"},
    {"", "vocab_size", "vocab_size"},
    {"", "model_type", "model_type"},
    {"", "special_features", "special_features"},
    {"attention", "num_heads", "num_attention_heads"},
    {"attention", "num_kv_heads", "num_key_value_heads"},
    {"attention", "head_dim", "head_dim"},
    {"attention", "kv_lora_rank", "kv_lora_rank"},
    {"attention", "q_lora_rank", "q_lora_rank"},
    {"attention", "qk_nope_head_dim", "qk_nope_head_dim"},
    {"attention", "qk_rope_head_dim", "qk_rope_head_dim"},
    {"attention", "v_head_dim", "v_head_dim"},
    {"attention", "index_n_heads", "index_n_heads"},
    {"attention", "index_head_dim", "index_head_dim"},
    {"attention", "index_topk", "index_topk"},
    {"mlp", "intermediate_size", "intermediate_size"},
    {"mlp", "activation", "hidden_act"},
    {"mlp", "type", "mlp_type"},
    {"normalization", "type", "normalization_type"},
    {"moe", "num_experts", "n_routed_experts"},
    {"moe", "top_k", "num_experts_per_tok"},
    {"moe", "intermediate_size", "moe_intermediate_size"},
    {"moe", "n_group", "n_group"},
    {"moe", "topk_group", "topk_group"},
    {"moe", "first_k_dense", "first_k_dense_replace"},
    {"moe", "n_shared_experts", "n_shared_experts"},
    {"moe", "shared_expert_intermediate_size", "shared_expert_intermediate_size"},
    {"moe", "scoring_func", "scoring_func"},
    {"moe", "norm_topk_prob", "norm_topk_prob"},
};

Result<ModelConfig> MapArchitectureJson(const OrderedJson& json,
                                        const std::vector<JsonPosition>& positions,
                                        ModelConfig config) {
  if (json.contains("config") && json["config"].is_object()) {
    config.fields = Members(json["config"], positions, JsonMemberPosition(json, "config", 0));
  }
  std::map<std::string, std::map<std::string, ConfigField>> blocks;
  blocks[""] = Members(json, positions, 0);
  for (const char* block : {"attention", "mlp", "moe", "normalization"}) {
    if (json.contains(block) && json[block].is_object()) {
      blocks[block] = Members(json[block], positions, JsonMemberPosition(json, block, 0));
    }
  }
  for (const Mapping& mapping : kArchitectureMappings) {
    auto& block = blocks[mapping.block];
    auto it = block.find(mapping.from);
    if (it != block.end()) config.fields[mapping.to] = it->second;
  }
  // Without a model_type, arch/ finds the family from the class name (families.h).
  config.architecture = blocks[""]["architecture_type"].text;
  return config;
}

bool LooksLikeArchitectureJson(const OrderedJson& json) {
  return json.is_object() && json.contains("architecture_type") && json.contains("num_layers");
}

// The keys under which multimodal wrappers keep the language model's config.
constexpr const char* kWrapperKeys[] = {"text_config", "llm_config"};

const char* WrapperKey(const OrderedJson& json) {
  for (const char* key : kWrapperKeys) {
    if (json.contains(key) && json[key].is_object()) return key;
  }
  return nullptr;
}

}  // namespace

const ConfigField* ConfigField::Member(const std::string& name) const {
  if (kind != Kind::kObject) return nullptr;
  for (const ConfigField& member : items) {
    if (member.key == name) return member.kind == Kind::kNull ? nullptr : &member;
  }
  return nullptr;
}

const ConfigField* ModelConfig::Find(const std::string& name) const {
  size_t dot = name.find('.');
  auto it = fields.find(name.substr(0, dot));
  if (it == fields.end() || it->second.kind == ConfigField::Kind::kNull) return nullptr;
  const ConfigField* field = &it->second;
  while (field && dot != std::string::npos) {
    size_t next = name.find('.', dot + 1);
    field = field->Member(name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
    dot = next;
  }
  return field;
}

Result<ModelConfig> LoadModelConfig(const std::string& path, const FileReader& files) {
  Result<std::string> text = files.Read(path);
  if (!text) return text.error();
  return ModelConfigFromText(path, std::move(text).value());
}

Result<ModelConfig> ModelConfigFromText(const std::string& path, std::string text) {
  Result<JsonFile> file =
      ParseJsonObjectText(path, std::move(text), "a config.json or model_architecture.json");
  if (!file) return file.error();
  const OrderedJson* json = &file->json;
  ModelConfig config;
  config.path = path;
  config.text = file->text;
  JsonLayout layout = ScanJsonLayout(config.text);
  if (LooksLikeArchitectureJson(*json)) {
    config.format = "model_architecture.json";
    return MapArchitectureJson(*json, layout.positions, std::move(config));
  }
  config.format = "config.json";
  if (json->contains("architectures") && (*json)["architectures"].is_array() &&
      !(*json)["architectures"].empty() && (*json)["architectures"][0].is_string()) {
    config.architecture = (*json)["architectures"][0].get<std::string>();
  }
  const char* wrapper = WrapperKey(*json);
  const OrderedJson& language = wrapper ? (*json)[wrapper] : *json;
  size_t first = wrapper ? JsonMemberPosition(*json, wrapper, 0) : 0;
  config.fields = Members(language, layout.positions, first);
  if (wrapper) {
    config.wrapper_fields = Members(*json, layout.positions, 0);
    const ConfigField* type =
        config.wrapper_fields.count("model_type") ? &config.wrapper_fields["model_type"] : nullptr;
    if (type && type->kind == ConfigField::Kind::kString) config.wrapper_type = type->text;
  }
  return config;
}

}  // namespace fib
