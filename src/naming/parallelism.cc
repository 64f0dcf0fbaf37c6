#include "naming/parallelism.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace fib {

namespace {

std::string Join(const std::vector<int64_t>& values, const char* separator) {
  std::string out;
  for (int64_t value : values) out += (out.empty() ? "" : separator) + std::to_string(value);
  return out;
}

bool IsSmallNumber(const std::string& item) {
  return !item.empty() && item.size() <= 9 && std::all_of(item.begin(), item.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

}  // namespace

Result<std::vector<int64_t>> ParseIntList(const std::string& text, const std::string& flag) {
  std::set<int64_t> values;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    std::string item =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!IsSmallNumber(item) || std::stoll(item) <= 0) {
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
                                     const std::string& page_sizes, bool ep_given) {
  bool automatic = tp == "auto";
  Result<std::vector<int64_t>> tps = ParseIntList(automatic ? "1" : tp, "--tp");
  if (!tps) return tps.error();
  Result<std::vector<int64_t>> pages = ParseIntList(page_sizes, "--page-sizes");
  if (!pages) return pages.error();
  if (ep <= 0) return Error(ErrorKind::kUsage, "--ep takes a positive integer");
  Parallelism parallel{*tps, ep, *pages};
  parallel.auto_sized = automatic;
  parallel.ep_given = ep_given;
  return parallel;
}

std::string ShapeSummary(const Parallelism& parallel) {
  return "tp=" + Join(parallel.tp, ",") + ", ep=" + std::to_string(parallel.ep) +
         ", ps=" + Join(parallel.page_sizes, ",");
}

int64_t KvHeadsPerRank(int64_t kv_heads, int64_t tp) { return tp > kv_heads ? 1 : kv_heads / tp; }

}  // namespace fib
