// A model's configuration as plain data, whatever file it came from: the fields of a
// HuggingFace config.json (the language model's, under text_config for multimodal wrappers),
// or of an upstream model_architecture.json mapped onto the same HuggingFace names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/file_reader.h"
#include "base/result.h"

namespace fib {

struct ConfigField {
  enum class Kind { kNull, kBool, kInteger, kNumber, kString, kList, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  int64_t integer = 0;
  double number = 0;  // kInteger and kNumber both fill it
  std::string text;
  std::vector<ConfigField> items;           // list items, or object members (each with its `key`)
  std::string key;                          // the member's name, for members of an object
  size_t offset = static_cast<size_t>(-1);  // where the value stands in the file

  // The member `name` of an object, or null (also for non-objects and null members).
  const ConfigField* Member(const std::string& name) const;
};

struct ModelConfig {
  std::string path;
  std::string text;          // the file's text, for locating errors
  std::string format;        // "config.json" or "model_architecture.json"
  std::string architecture;  // the root class name (top-level architectures[0])
  std::map<std::string, ConfigField> fields;
  // For multimodal wrappers (text_config / llm_config): the wrapper's model_type and its
  // own top-level fields (quantization_config may live there).
  std::string wrapper_type;
  std::map<std::string, ConfigField> wrapper_fields;

  // The non-null field `name`; a dotted name ("rope_parameters.partial_rotary_factor")
  // walks into objects.
  const ConfigField* Find(const std::string& name) const;
};

// One entry of kernel_calls[]: the integer parameters that describe shapes.
struct SglangKernelCall {
  std::string function;
  std::string location;
  std::map<std::string, int64_t> parameters;  // num_heads, num_kv_heads, head_dim, ...
};

// What an upstream sglang_implementation.json says that affects naming.
struct SglangImplementation {
  std::string path;
  std::string model_name;
  std::string class_name;
  std::map<std::string, std::string> renamed_keys;  // template key → the key sglang uses
  std::vector<SglangKernelCall> kernel_calls;
};

// Reads a config.json or model_architecture.json, told apart by content. Non-finite literals
// (Infinity, NaN) are accepted; anything else that is not JSON is a located kInput error.
// Read through `files`.
Result<ModelConfig> LoadModelConfig(const std::string& path, const FileReader& files = DiskFiles());

// The same from `text`, read from `path` (the seam tests and fuzz targets use).
Result<ModelConfig> ModelConfigFromText(const std::string& path, std::string text);

// Reads an sglang_implementation.json through `files`.
Result<SglangImplementation> LoadSglangImplementation(const std::string& path,
                                                      const FileReader& files = DiskFiles());

// The same from `text`, read from `path`.
Result<SglangImplementation> SglangImplementationFromText(const std::string& path,
                                                          std::string text);

}  // namespace fib
