#include "arch/sglang_naming.h"

#include <algorithm>
#include <cctype>

#include "model/validate.h"

namespace fib {

namespace {

std::string Squash(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
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

}  // namespace

void ApplySglangIdentity(const SglangImplementation& sglang, const std::string& id,
                         ArchFacts& facts, std::vector<Diagnostic>& warnings) {
  if (!sglang.class_name.empty() && sglang.class_name != facts.root) {
    warnings.push_back(Warning(sglang.path + ": describes class '" + sglang.class_name +
                               "' but the config's architecture is '" + facts.root +
                               "'; using the sglang class name for the root"));
    facts.root = sglang.class_name;
  }
  std::string a = Squash(sglang.model_name), b = Squash(id);
  if (!a.empty() && a.find(b) == std::string::npos && b.find(a) == std::string::npos) {
    warnings.push_back(Warning(sglang.path + ": describes model '" + sglang.model_name +
                               "', not '" + id + "'; is it the right file?"));
  }
}

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

void RenameKeys(std::vector<Module>& modules, const SglangImplementation& sglang,
                std::vector<Diagnostic>& warnings) {
  for (const auto& [from, to] : sglang.renamed_keys) {
    auto named = [&key = to](const Module& module) { return module.key == key; };
    bool taken = std::any_of(modules.begin(), modules.end(), named);
    if (taken || IsReservedKey(to)) {
      warnings.push_back(
          Warning(sglang.path + ": renames '" + from + "' to '" + to + "', which " +
                  (taken ? "is already a module key" : "JavaScript treats specially") + "; kept '" +
                  from + "'"));
      continue;
    }
    for (Module& module : modules) {
      if (module.key == from) module.key = to;
      if (module.parent == from) module.parent = to;
    }
  }
}

}  // namespace fib
