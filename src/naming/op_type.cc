#include "naming/op_type.h"

#include <algorithm>
#include <cctype>

namespace fib {

namespace {

struct Family {
  std::string_view prefix;
  std::string_view op_type;
  OpTypeShards shards;
};

// Longer prefixes first where one prefix starts another (none do today; keep it that way).
constexpr Family kFamilies[] = {
    {"gemm_", "gemm", {}},
    {"rmsnorm_", "rmsnorm", {}},
    {"fused_add_rmsnorm_", "rmsnorm", {}},
    {"gqa_paged_", "gqa_paged", {true, false}},
    {"gqa_ragged_", "gqa_ragged", {true, false}},
    {"mla_paged_", "mla_paged", {true, false}},
    {"mla_ragged_", "mla_ragged", {true, false}},
    {"dsa_", "dsa_paged", {true, false}},
    {"gdn_", "gdn", {true, false}},
    {"mamba_ssu_", "mamba_ssu", {true, false}},
    {"moe_", "moe", {false, true}},
    {"trtllm_", "moe", {false, true}},
    {"rope_", "rope", {}},
};

// The sampling names start with the method (top_k_, top_p_, min_p_, …), not the family.
constexpr std::string_view kSamplingInfix = "_sampling_";

}  // namespace

std::optional<std::string> OpTypeOfName(std::string_view name) {
  for (const Family& family : kFamilies) {
    if (name.substr(0, family.prefix.size()) == family.prefix) return std::string(family.op_type);
  }
  if (name.find(kSamplingInfix) != std::string_view::npos) return "sampling";
  return std::nullopt;
}

std::optional<int64_t> PageSizeOfName(std::string_view name) {
  size_t at = name.rfind("_ps");
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view digits = name.substr(at + 3);
  if (digits.empty() || digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return std::nullopt;
  }
  return std::stoll(std::string(digits));
}

OpTypeShards ShardsOfOpType(std::string_view op_type) {
  for (const Family& family : kFamilies) {
    if (family.op_type == op_type) return family.shards;
  }
  return {};
}

std::vector<std::string> KnownOpTypes() {
  std::vector<std::string> types;
  for (const Family& family : kFamilies) {
    if (std::find(types.begin(), types.end(), family.op_type) == types.end())
      types.emplace_back(family.op_type);
  }
  types.emplace_back("sampling");
  return types;
}

}  // namespace fib
