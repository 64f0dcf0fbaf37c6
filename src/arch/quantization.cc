#include "arch/quantization.h"

#include <regex>

#include "arch/moe_definition.h"

namespace fib {

namespace {

const ConfigField* QuantizationConfig(const ModelConfig& config) {
  if (const ConfigField* field = config.Find("quantization_config")) return field;
  auto it = config.wrapper_fields.find("quantization_config");
  return it == config.wrapper_fields.end() || it->second.kind != ConfigField::Kind::kObject
             ? nullptr
             : &it->second;
}

std::string Text(const ConfigField& object, const char* key) {
  const ConfigField* field = object.Member(key);
  return field && field->kind == ConfigField::Kind::kString ? field->text : "";
}

// compressed-tensors `ignore` entries: module names, or "re:" patterns matched from the start
// of the name (as compressed-tensors does).
bool Ignored(const ConfigField& quantization, const std::string& module) {
  const ConfigField* ignore = quantization.Member("ignore");
  if (!ignore) return false;
  for (const ConfigField& entry : ignore->items) {
    if (entry.kind != ConfigField::Kind::kString) continue;
    if (entry.text.rfind("re:", 0) != 0) {
      if (entry.text == module) return true;
      continue;
    }
    try {
      if (std::regex_search(module, std::regex("^(?:" + entry.text.substr(3) + ")"))) return true;
    } catch (const std::regex_error&) {
      continue;  // a pattern std::regex cannot read is not evidence either way
    }
  }
  return false;
}

// INT4 group-quantised, pack-quantized weights in a compressed-tensors config group.
bool IsInt4PackQuantized(const ConfigField& quantization) {
  if (Text(quantization, "format") != "pack-quantized") return false;
  const ConfigField* groups = quantization.Member("config_groups");
  if (!groups) return false;
  for (const ConfigField& group : groups->items) {
    const ConfigField* weights = group.Member("weights");
    const ConfigField* bits = weights ? weights->Member("num_bits") : nullptr;
    if (bits && bits->integer == 4 && Text(*weights, "type") == "int") return true;
  }
  return false;
}

// modelopt's MIXED_PRECISION lists each layer's own algorithm under `quantized_layers`
// ("model.layers.0.mlp.experts": {"quant_algo": "W4A16_NVFP4"}): the experts' entry is the
// format that matters here, not the file-wide label. Empty when no experts entry is listed.
std::string ModeloptExpertAlgo(const ConfigField& quantization) {
  const ConfigField* layers = quantization.Member("quantized_layers");
  if (!layers || layers->kind != ConfigField::Kind::kObject) return "";
  for (const ConfigField& layer : layers->items) {
    if (layer.key.find(".experts") == std::string::npos) continue;
    std::string algo = Text(layer, "quant_algo");
    if (!algo.empty()) return algo;
  }
  return "";
}

// A short description of the format: "mxfp4", "modelopt NVFP4", "fp8 per-tensor", ...
std::string FormatOf(const ConfigField& quantization) {
  std::string method = Text(quantization, "quant_method");
  std::string algo = Text(quantization, "quant_algo");
  if (algo == "MIXED_PRECISION") {
    std::string expert_algo = ModeloptExpertAlgo(quantization);
    if (!expert_algo.empty()) algo = expert_algo;
  }
  if (method == "fp8") {
    const ConfigField* block = quantization.Member("weight_block_size");
    return block ? "fp8 block-scaled" : "fp8 per-tensor";
  }
  if (method == "compressed-tensors") return "compressed-tensors " + Text(quantization, "format");
  return algo.empty() ? method : method + " " + algo;
}

// fp8 with 128×128 blocks is what the moe_fp8_block_scale Definitions take.
bool IsFp8Block128(const ConfigField& quantization) {
  if (Text(quantization, "quant_method") != "fp8") return false;
  const ConfigField* block = quantization.Member("weight_block_size");
  return block && block->items.size() == 2 && block->items[0].integer == 128 &&
         block->items[1].integer == 128;
}

}  // namespace

void ReadQuantization(const ModelConfig& config, ArchFacts& facts) {
  const ConfigField* quantization = QuantizationConfig(config);
  if (!facts.moe || !quantization) return;
  // Unmapped experts carry no name whose format could be wrong.
  if (!MoeDefinitionOf(*facts.moe, facts.hidden).shape) return;
  const std::string expert = "model.layers.1.mlp.experts.0.gate_proj";
  if (Ignored(*quantization, expert) || IsFp8Block128(*quantization)) return;
  if (Text(*quantization, "quant_method") == "compressed-tensors" &&
      IsInt4PackQuantized(*quantization)) {
    facts.moe->weights = MoeWeights::kInt4PackQuantized;
    return;
  }
  facts.warnings.push_back(
      Warning(config.path + ": the routed experts are stored as " + FormatOf(*quantization) +
              " (quantization_config); the MoE names keep the dataset's fp8 block-scale family, "
              "which takes fp8 weights with 128x128 block scales"));
}

}  // namespace fib
