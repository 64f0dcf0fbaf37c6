#include "arch/detect.h"

#include "arch/family_resolution.h"
#include "arch/field_reader.h"
#include "arch/layer_plan.h"
#include "arch/quantization.h"
#include "arch/read_attention.h"
#include "arch/read_hybrid.h"
#include "arch/read_moe.h"
#include "arch/unknown_family.h"

namespace fib {

namespace {

// A config with none of the decoder fields is not a model this tool can describe.
std::optional<Diagnostic> CheckStandardFields(const ModelConfig& config) {
  std::vector<std::string> missing;
  for (const char* name : {"hidden_size", "num_hidden_layers", "num_attention_heads"}) {
    if (!config.Find(name)) missing.push_back(name);
  }
  if (missing.size() < 3) return std::nullopt;
  return Error(ErrorKind::kInput,
               config.path +
                   ": not a decoder config: none of hidden_size, num_hidden_layers, "
                   "num_attention_heads is present",
               "pass a HuggingFace config.json (or text_config wrapper) or a "
               "model_architecture.json");
}

// Config flags that switch a family's traits on or off.
void ApplySwitches(FieldReader& fields, FamilyTraits& traits) {
  for (const auto& [flag, placement] : traits.placement_flags) {
    if (fields.Bool(flag).value_or(false)) {
      traits.placement = placement;
      break;
    }
  }
  if (traits.qk_norm_flag && !fields.Bool(traits.qk_norm_flag).value_or(false)) {
    traits.qk_norm = QkNorm::kNone;
  }
}

// Nemotron-H's newer configs give the layers only as a list (transformers counts it).
int64_t LayerCount(FieldReader& fields, const FamilyTraits& traits) {
  bool listed = traits.hybrid == HybridKind::kMambaPattern && !fields.Has("num_hidden_layers");
  if (listed) {
    if (std::optional<std::vector<std::string>> types = fields.StringList("layers_block_type")) {
      if (!types->empty()) return static_cast<int64_t>(types->size());
    }
  }
  return fields.Positive("num_hidden_layers");
}

// LFM2's MLP width when block_auto_adjust_ff_dim is set: int(2·I/3), times
// block_ffn_dim_multiplier, rounded up to block_multiple_of (Lfm2MLP).
int64_t AutoAdjustedWidth(FieldReader& fields, int64_t width) {
  if (!fields.Bool("block_auto_adjust_ff_dim").value_or(false)) return width;
  int64_t adjusted = 2 * width / 3;
  if (std::optional<double> multiplier = fields.Number("block_ffn_dim_multiplier")) {
    adjusted = static_cast<int64_t>(*multiplier * static_cast<double>(adjusted));
  }
  int64_t multiple = fields.OptionalPositive({"block_multiple_of"}).value_or(1);
  return (adjusted + multiple - 1) / multiple * multiple;
}

void ReadDense(FieldReader& fields, ArchFacts& facts) {
  const FamilyTraits& traits = facts.traits;
  std::string activation = fields.String("mlp_hidden_act");
  if (activation.empty()) activation = fields.String("hidden_act");
  facts.activation = activation.empty() ? "silu" : activation;
  if (fields.Has(traits.dense_size_key)) {
    facts.dense_intermediate = fields.Positive(traits.dense_size_key);
  } else if (traits.dense_size_hidden_multiple > 0) {
    facts.dense_intermediate = traits.dense_size_hidden_multiple * facts.hidden;
  } else if (fields.Has("intermediate_size") || !facts.moe) {
    // Without experts every layer is dense: a missing size is reported with the rest.
    facts.dense_intermediate = fields.Positive("intermediate_size");
  }
  if (traits.dense_size_auto_adjust) {
    facts.dense_intermediate = AutoAdjustedWidth(fields, facts.dense_intermediate);
  }
}

void ReadCommon(FieldReader& fields, const ModelConfig& config, ArchFacts& facts) {
  facts.root = config.architecture;
  if (facts.root.empty()) {
    fields.Fail("architectures", "missing 'architectures' (the root class name)");
  }
  facts.hidden = fields.Positive("hidden_size");
  facts.layers = LayerCount(fields, facts.traits);
  facts.vocab = fields.OptionalPositive({"vocab_size"}).value_or(0);
}

Diagnostic FirstError(const FieldReader& fields) {
  Diagnostic first = fields.errors().front();
  for (size_t i = 1; i < fields.errors().size(); ++i) {
    first.notes.push_back(fields.errors()[i].message);
  }
  return first;
}

}  // namespace

Result<ArchFacts> DetectArchitecture(const ModelConfig& raw) {
  Result<ResolvedFamily> resolved = ResolveFamily(raw);
  if (!resolved) return resolved.error();
  ModelConfig config = WithFamilyDefaults(raw, resolved->family);
  if (std::optional<Diagnostic> error = CheckStandardFields(config)) return *error;
  FieldReader fields(config);
  ArchFacts facts;
  facts.family = resolved->family;
  facts.model_type = resolved->model_type;
  facts.warnings = resolved->warnings;
  std::vector<std::string> assumptions;
  if (facts.family) {
    facts.traits = facts.family->traits;
  } else {
    InferredTraits inferred = InferTraits(fields);
    facts.traits = inferred.traits;
    assumptions = inferred.assumptions;
  }
  ApplySwitches(fields, facts.traits);
  ReadCommon(fields, config, facts);
  ReadAttention(fields, facts);
  ReadMoe(fields, facts);
  ReadHybridMixers(fields, facts);
  ReadDense(fields, facts);
  if (fields.errors().empty()) PlanLayers(fields, facts);
  if (!fields.errors().empty()) return FirstError(fields);
  ReadQuantization(config, facts);
  if (!facts.family && !assumptions.empty()) {
    std::string type = facts.model_type.empty() ? "(none)" : "'" + facts.model_type + "'";
    facts.warnings.push_back(Warning(
        config.path + ": model_type " + type + " is not in the families table; " +
        DescribeAssumptions(assumptions) + " (check them against the model's modelling code)"));
  }
  return facts;
}

}  // namespace fib
