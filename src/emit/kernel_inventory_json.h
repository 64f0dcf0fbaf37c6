// Kernel inventory → JSON in the onboarding run manifest's terms (skills/discover-models):
// {"model_slug", "kernels": [{"definition_name", "op_type", "phase1_status", …}]}, so an
// agent can merge it into its manifest instead of computing names by hand.
#pragma once

#include <string>
#include <vector>

#include "model/kernel_inventory.h"

namespace fib {

// One model's inventory object, two-space indented, one kernel per line, no final newline.
// Per kernel: definition_name, op_type, module, tp, ep, page_size (null where the name does
// not depend on it or it is unknown), phase1_status ("existing" when the dataset has the
// Definition, else "new"), and, when workloads were collected, phase3_status "done" and
// workload_entries.
std::string KernelInventoryJson(const std::string& model_slug,
                                const std::vector<KernelEntry>& kernels,
                                const std::string& indent = "");

}  // namespace fib
