// The parallel shapes names are generated for: TP sizes, EP size, KV page sizes (spec §4.1).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"

namespace fib {

struct Parallelism {
  std::vector<int64_t> tp = {1};  // ascending, no duplicates
  int64_t ep = 1;
  std::vector<int64_t> page_sizes = {1};  // ascending, no duplicates
  // --tp auto: TP and EP are to be chosen from the model's size (arch/sizing.h); until then
  // tp holds {1}. `ep_given` records an --ep the user set, which auto sizing overrides.
  bool auto_sized = false;
  bool ep_given = false;
};

// Parses "1,2,4" into ascending unique positive integers; errors name `flag`.
Result<std::vector<int64_t>> ParseIntList(const std::string& text, const std::string& flag);

// --tp, --ep and --page-sizes as given on the command line. `tp` may be "auto".
// `ep_given` says whether --ep was set explicitly.
Result<Parallelism> ParseParallelism(const std::string& tp, int64_t ep,
                                     const std::string& page_sizes, bool ep_given = false);

// "tp=1,2, ep=8, ps=1,64": the shapes, for the marker comment and the description.
std::string ShapeSummary(const Parallelism& parallel);

// Heads per rank: kv = kv_heads / tp, or 1 when tp > kv_heads (KV heads are replicated).
int64_t KvHeadsPerRank(int64_t kv_heads, int64_t tp);

}  // namespace fib
