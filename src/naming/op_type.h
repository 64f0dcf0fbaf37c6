// The op type of a Definition name: the dataset folder (`definitions/<op_type>/`) its family
// lives in, read from the name's family prefix. The one place that knows the prefixes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fib {

// "gqa_paged_decode_h32_kv8_d128_ps1" → "gqa_paged", "fused_add_rmsnorm_h4096" → "rmsnorm",
// "top_k_sampling_from_probs_v128256" → "sampling"; nothing for a prefix no family has.
std::optional<std::string> OpTypeOfName(std::string_view name);

// The KV page size a name spells in its `_ps<N>` suffix; nothing when it spells none.
std::optional<int64_t> PageSizeOfName(std::string_view name);

// Which parallel sizes an op type's names are per-rank values of: attention-like families
// divide heads by TP, the MoE family divides experts by EP; the rest spell full sizes.
struct OpTypeShards {
  bool tp = false;
  bool ep = false;
};
OpTypeShards ShardsOfOpType(std::string_view op_type);

// Every op type the prefixes map to, in the table's order.
std::vector<std::string> KnownOpTypes();

}  // namespace fib
