#include "arch/parallelism_check.h"

#include <algorithm>
#include <vector>

namespace fib {

namespace {

void CheckDivides(const char* field, int64_t value, int64_t tp, std::vector<std::string>& out) {
  if (value % tp != 0) {
    out.push_back(std::string(field) + " " + std::to_string(value) + " is not divisible by --tp " +
                  std::to_string(tp));
  }
}

void CheckKvHeads(const char* field, int64_t kv_heads, int64_t tp, std::vector<std::string>& out) {
  bool ok = tp <= kv_heads ? kv_heads % tp == 0 : tp % kv_heads == 0;
  if (!ok) {
    out.push_back(std::string(field) + " " + std::to_string(kv_heads) +
                  " cannot be split or replicated evenly over --tp " + std::to_string(tp));
  }
}

std::vector<std::string> ProblemsAt(const ArchFacts& facts, int64_t tp) {
  std::vector<std::string> problems;
  bool has_attention = std::any_of(facts.layer_kinds.begin(), facts.layer_kinds.end(),
                                   [](const LayerKind& k) { return k.mixer == Mixer::kAttention; });
  bool has_mamba2 =
      std::any_of(facts.layer_kinds.begin(), facts.layer_kinds.end(),
                  [](const LayerKind& k) { return k.mixer == Mixer::kMamba2 || k.parallel_mamba; });
  if (has_attention && facts.attention == AttentionKind::kGqa) {
    CheckDivides("num_attention_heads", facts.gqa.q_heads, tp, problems);
    CheckKvHeads("num_key_value_heads", facts.gqa.kv_heads, tp, problems);
  } else if (has_attention) {
    CheckDivides("num_attention_heads", facts.mla.q_heads, tp, problems);
  }
  if (facts.gdn) {
    CheckDivides("linear_num_key_heads", facts.gdn->key_heads, tp, problems);
    CheckDivides("linear_num_value_heads", facts.gdn->value_heads, tp, problems);
  }
  if (facts.mamba && has_mamba2) {
    CheckDivides("mamba_num_heads", facts.mamba->heads, tp, problems);
    CheckKvHeads("n_groups", facts.mamba->groups, tp, problems);  // groups replicate like KV heads
  }
  return problems;
}

}  // namespace

Status CheckParallelism(const ArchFacts& facts, const Parallelism& parallel,
                        const std::string& path) {
  std::vector<std::string> problems;
  for (int64_t tp : parallel.tp) {
    std::vector<std::string> at_tp = ProblemsAt(facts, tp);
    problems.insert(problems.end(), at_tp.begin(), at_tp.end());
  }
  if (facts.moe && facts.moe->experts % parallel.ep != 0) {
    problems.push_back("the routed expert count " + std::to_string(facts.moe->experts) +
                       " is not divisible by --ep " + std::to_string(parallel.ep));
  }
  if (problems.empty()) return Ok{};
  Diagnostic error = Error(ErrorKind::kInput, path + ": " + problems.front(),
                           "pick a --tp that divides every head count, and an --ep that "
                           "divides the expert count");
  error.notes.assign(problems.begin() + 1, problems.end());
  return error;
}

}  // namespace fib
