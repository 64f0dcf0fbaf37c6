#include "emit/kernel_inventory_json.h"

#include "config/json_quote.h"

namespace fib {

namespace {

std::string Number(const std::optional<int64_t>& value) {
  return value ? std::to_string(*value) : "null";
}

std::string Kernel(const KernelEntry& kernel) {
  std::string out = "{\"definition_name\": " + JsonQuote(kernel.definition_name) +
                    ", \"op_type\": " + (kernel.op_type ? JsonQuote(*kernel.op_type) : "null") +
                    ", \"module\": " + JsonQuote(kernel.module) + ", \"tp\": " + Number(kernel.tp) +
                    ", \"ep\": " + Number(kernel.ep) +
                    ", \"page_size\": " + Number(kernel.page_size) +
                    ", \"phase1_status\": " + (kernel.exists ? "\"existing\"" : "\"new\"");
  if (kernel.workload_entries > 0) {
    out += ", \"phase3_status\": \"done\", \"workload_entries\": " +
           std::to_string(kernel.workload_entries);
  }
  return out + "}";
}

}  // namespace

std::string KernelInventoryJson(const std::string& model_slug,
                                const std::vector<KernelEntry>& kernels,
                                const std::string& indent) {
  std::string out = "{\n" + indent + "  \"model_slug\": " + JsonQuote(model_slug) + ",\n" + indent +
                    "  \"kernels\": [";
  for (size_t i = 0; i < kernels.size(); ++i) {
    out += (i ? ",\n" : "\n") + indent + "    " + Kernel(kernels[i]);
  }
  out += kernels.empty() ? "]\n" : "\n" + indent + "  ]\n";
  return out + indent + "}";
}

}  // namespace fib
