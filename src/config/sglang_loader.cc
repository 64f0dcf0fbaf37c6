// LoadSglangImplementation: the naming an upstream find-sglang-baseline step found.
#include <cctype>

#include "base/line_index.h"
#include "config/json_text.h"
#include "config/model_config.h"

namespace fib {

namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string StringMember(const OrderedJson& json, const char* key) {
  return json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : "";
}

// The template key a layer entry of forward_pass_structure stands for, from its type.
std::string TemplateKeyFor(const std::string& type) {
  std::string lower = Lower(type);
  for (const char* word : {"moe", "mlp", "ffn", "feed"}) {
    if (lower.find(word) != std::string::npos) return "mlp";
  }
  if (lower.find("attn") != std::string::npos || lower.find("attention") != std::string::npos) {
    return "self_attn";
  }
  return "";
}

std::vector<SglangKernelCall> KernelCalls(const OrderedJson& json) {
  std::vector<SglangKernelCall> calls;
  if (!json.contains("kernel_calls") || !json["kernel_calls"].is_array()) return calls;
  for (const OrderedJson& entry : json["kernel_calls"]) {
    if (!entry.is_object()) continue;
    SglangKernelCall call;
    call.function = StringMember(entry, "function");
    call.location = StringMember(entry, "location");
    if (entry.contains("parameters") && entry["parameters"].is_object()) {
      for (const auto& [name, value] : entry["parameters"].items()) {
        if (value.is_number_integer()) call.parameters[name] = value.get<int64_t>();
      }
    }
    calls.push_back(std::move(call));
  }
  return calls;
}

}  // namespace

Result<SglangImplementation> LoadSglangImplementation(const std::string& path,
                                                      const FileReader& files) {
  Result<std::string> text = files.Read(path);
  if (!text) return text.error();
  return SglangImplementationFromText(path, std::move(text).value());
}

Result<SglangImplementation> SglangImplementationFromText(const std::string& path,
                                                          std::string text) {
  Result<JsonFile> file =
      ParseJsonObjectText(path, std::move(text), "an sglang_implementation.json");
  if (!file) return file.error();
  const OrderedJson* json = &file->json;
  SglangImplementation sglang;
  sglang.path = path;
  sglang.model_name = StringMember(*json, "model_name");
  sglang.class_name = StringMember(*json, "class_name");
  const OrderedJson* structure =
      json->contains("forward_pass_structure") ? &(*json)["forward_pass_structure"] : nullptr;
  if (structure && structure->is_object() && structure->contains("layers") &&
      (*structure)["layers"].is_array()) {
    for (const OrderedJson& layer : (*structure)["layers"]) {
      if (!layer.is_object()) continue;
      std::string name = StringMember(layer, "name");
      std::string key = TemplateKeyFor(StringMember(layer, "type"));
      if (!name.empty() && !key.empty() && name != key) sglang.renamed_keys[key] = name;
    }
  }
  sglang.kernel_calls = KernelCalls(*json);
  return sglang;
}

}  // namespace fib
