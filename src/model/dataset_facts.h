// What a Definition dataset says about names, as plain values: which Definitions exist,
// their model tags, and which have workloads. config/definition_dataset fills it from a
// flashinfer-trace checkout; the coverage computations read it.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fib {

struct DatasetFacts {
  std::set<std::string> names;                  // every Definition's "name"
  std::map<std::string, std::string> op_types;  // name → the folder its file is in
  // name → the values of its "model:<slug>" tags, in file order.
  std::map<std::string, std::vector<std::string>> model_tags;
  // Whether a workloads/ folder was found beside definitions/. Without one, nothing can be
  // said about workloads (the shared snapshot has none): not "none collected".
  bool has_workloads = false;
  // "op_type/name" → entries (non-empty lines) of workloads/<op_type>/<name>.jsonl, for the
  // files that have at least one.
  std::map<std::string, int64_t> workload_entries;

  bool Has(const std::string& name) const { return names.count(name) > 0; }
  // Entries collected for `name` under `op_type`; 0 when none (or unknown).
  int64_t WorkloadEntries(const std::string& op_type, const std::string& name) const {
    auto it = workload_entries.find(op_type + "/" + name);
    return it == workload_entries.end() ? 0 : it->second;
  }
};

}  // namespace fib
