#include "app/model_generation.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "arch/detect.h"
#include "arch/identity.h"
#include "arch/parallelism_check.h"
#include "arch/sizing.h"
#include "arch/tree_builder.h"
#include "config/model_config.h"
#include "model/validate.h"

namespace fib {

namespace {

// Model types whose trees the templates were written from; others get the dense fallback
// with a warning.
bool IsKnownModelType(const std::string& type) {
  static const std::set<std::string> known = {
      "llama",       "mistral",      "qwen2",       "qwen3",      "phi3",
      "gemma3",      "gemma3_text",  "mixtral",     "qwen2_moe",  "qwen3_moe",
      "minimax_m2",  "llama4",       "llama4_text", "gpt_oss",    "deepseek_v2",
      "deepseek_v3", "deepseek_v32", "kimi_k2",     "qwen3_next", "nemotron_h"};
  return known.count(type) > 0;
}

std::string Squash(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

Diagnostic Warning(std::string message) {
  Diagnostic warning = Error(ErrorKind::kInput, std::move(message));
  warning.severity = Severity::kWarning;
  return warning;
}

// The sglang file renames the root and some module keys; it never changes a number.
void ApplySglang(const SglangImplementation& sglang, const GenerateRequest& request,
                 ArchFacts& facts, std::vector<Diagnostic>& warnings) {
  if (!sglang.class_name.empty() && sglang.class_name != facts.root) {
    warnings.push_back(Warning(sglang.path + ": describes class '" + sglang.class_name +
                               "' but the config's architecture is '" + facts.root +
                               "'; using the sglang class name for the root"));
    facts.root = sglang.class_name;
  }
  std::string a = Squash(sglang.model_name), b = Squash(request.id);
  if (!a.empty() && a.find(b) == std::string::npos && b.find(a) == std::string::npos) {
    warnings.push_back(Warning(sglang.path + ": describes model '" + sglang.model_name +
                               "', not '" + request.id + "'; is it the right file?"));
  }
}

// The values a shape parameter may take at the chosen TPs: the full count, or per rank.
std::vector<int64_t> Acceptable(const std::string& parameter, const ArchFacts& facts,
                                const Parallelism& parallel) {
  bool gqa = facts.attention == AttentionKind::kGqa;
  int64_t heads = gqa ? facts.gqa.q_heads : facts.mla.q_heads;
  std::vector<int64_t> values;
  if (parameter == "num_heads") {
    values.push_back(heads);
    for (int64_t tp : parallel.tp) values.push_back(heads / tp);
  } else if (parameter == "num_kv_heads" && gqa) {
    values.push_back(facts.gqa.kv_heads);
    for (int64_t tp : parallel.tp) values.push_back(KvHeadsPerRank(facts.gqa.kv_heads, tp));
  } else if (parameter == "head_dim" && gqa) {
    values.push_back(facts.gqa.head_dim);
  }
  return values;
}

// sglang's kernel_calls never change a name; where their shapes disagree with the config at
// the chosen TP, say so.
void CheckKernelCalls(const SglangImplementation& sglang, const ArchFacts& facts,
                      const Parallelism& parallel, std::vector<Diagnostic>& warnings) {
  for (const SglangKernelCall& call : sglang.kernel_calls) {
    for (const auto& [parameter, value] : call.parameters) {
      std::vector<int64_t> ok = Acceptable(parameter, facts, parallel);
      if (ok.empty() || std::find(ok.begin(), ok.end(), value) != ok.end()) continue;
      warnings.push_back(Warning(sglang.path + ": kernel call '" + call.function + "'" +
                                 (call.location.empty() ? "" : " (" + call.location + ")") +
                                 " has " + parameter + " " + std::to_string(value) +
                                 ", but the config gives " + std::to_string(ok.front()) + " (" +
                                 std::to_string(ok.back()) + " per rank at " +
                                 ShapeSummary(parallel) + "); the names follow the config"));
    }
  }
}

void RenameKeys(std::vector<Module>& modules, const SglangImplementation& sglang) {
  for (const auto& [from, to] : sglang.renamed_keys) {
    for (Module& module : modules) {
      if (module.key == from) module.key = to;
      if (module.parent == from) module.parent = to;
    }
  }
}

std::string JoinProblems(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& problem : problems) out += (out.empty() ? "" : "; ") + problem.message;
  return out;
}

// The config's facts, with the sglang file's naming applied (loaded into `sglang`).
Result<ArchFacts> ReadFacts(const GenerateRequest& request, SglangImplementation& sglang,
                            std::vector<Diagnostic>& warnings) {
  std::optional<ModelConfig> loaded;
  const ModelConfig* config = request.preloaded_config;
  if (!config) {
    Result<ModelConfig> read = LoadModelConfig(request.config_path);
    if (!read) return read.error();
    config = &loaded.emplace(std::move(read).value());
  }
  Result<ArchFacts> facts = DetectArchitecture(*config);
  if (!facts) return facts.error();
  // A model_architecture.json need not name a model_type: its schema spells the shape out.
  bool typed = !facts->model_type.empty() || config->format == "config.json";
  if (typed && !IsKnownModelType(facts->model_type)) {
    warnings.push_back(Warning(request.config_path + ": unknown model_type '" + facts->model_type +
                               "'; using the dense template from its standard fields, check "
                               "the result"));
  }
  if (!request.sglang_path.empty()) {
    Result<SglangImplementation> sglang_file = LoadSglangImplementation(request.sglang_path);
    if (!sglang_file) return sglang_file.error();
    sglang = *sglang_file;
    ApplySglang(sglang, request, *facts, warnings);
    CheckKernelCalls(sglang, *facts, request.parallel, warnings);
  }
  return facts;
}

// The entry itself, checked by the same rules as `check` before anything can be written.
Result<Model> BuildModel(const GenerateRequest& request, const ArchFacts& facts,
                         const SglangImplementation& sglang) {
  Model model;
  model.id = request.id;
  model.name = request.name.value_or(DisplayNameFromId(request.id));
  model.description = request.description.value_or(DescribeModel(facts, request.parallel));
  model.modules = BuildModuleTree(facts, {request.parallel, request.sampling});
  RenameKeys(model.modules, sglang);
  std::vector<Problem> problems = ValidateModel(model);
  if (!problems.empty()) {
    return Error(ErrorKind::kVerify,
                 "the generated model fails validation: " + JoinProblems(problems),
                 "this is a bug in fib-modelgen; please report it with the config");
  }
  return model;
}

}  // namespace

Result<std::vector<int64_t>> ParseIntList(const std::string& text, const std::string& flag) {
  std::set<int64_t> values;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    std::string item =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    bool digits = !item.empty() && item.size() <= 9 &&
                  std::all_of(item.begin(), item.end(),
                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!digits || std::stoll(item) <= 0) {
      return Error(ErrorKind::kUsage,
                   flag + " takes positive integers separated by commas, got '" + text + "'");
    }
    values.insert(std::stoll(item));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return std::vector<int64_t>(values.begin(), values.end());
}

Result<Parallelism> ParseParallelism(const std::string& tp, int64_t ep,
                                     const std::string& page_sizes, bool* auto_parallel) {
  bool automatic = tp == "auto" && auto_parallel != nullptr;
  if (auto_parallel) *auto_parallel = automatic;
  Result<std::vector<int64_t>> tps = ParseIntList(automatic ? "1" : tp, "--tp");
  if (!tps) return tps.error();
  Result<std::vector<int64_t>> pages = ParseIntList(page_sizes, "--page-sizes");
  if (!pages) return pages.error();
  if (ep <= 0) return Error(ErrorKind::kUsage, "--ep takes a positive integer");
  return Parallelism{*tps, ep, *pages};
}

Result<GeneratedModel> GenerateModel(const GenerateRequest& given) {
  GenerateRequest request = given;
  std::vector<Problem> id_problems = ValidateId(request.id, kNoOffset);
  if (!id_problems.empty()) {
    return Error(ErrorKind::kUsage, "--model-name: " + id_problems.front().message,
                 "use an id like 'llama-3.1-8b'");
  }
  GeneratedModel generated;
  SglangImplementation sglang;
  Result<ArchFacts> facts = ReadFacts(request, sglang, generated.warnings);
  if (!facts) return facts.error();
  if (request.auto_parallel) {
    Parallelism sized = SuggestParallelism(*facts);
    request.parallel.tp = sized.tp;
    request.parallel.ep = sized.ep;
  }
  Status parallel = CheckParallelism(*facts, request.parallel, request.config_path);
  if (!parallel) return parallel.error();
  Result<Model> model = BuildModel(request, *facts, sglang);
  if (!model) return model.error();
  generated.element.model = std::move(*model);
  std::string label = request.config_label.empty() ? request.config_path : request.config_label;
  generated.element.comment_lines.push_back("// fib-modelgen: generated from " + label + " (" +
                                            ShapeSummary(request.parallel) + ")");
  generated.facts = std::move(*facts);
  return generated;
}

}  // namespace fib
