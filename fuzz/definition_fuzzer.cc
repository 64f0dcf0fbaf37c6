// One Definition file of a flashinfer-trace dataset (and the same text as a workload file):
// read into the dataset, or listed as broken with a reason; a name read is kept with its op
// type folder, and the name's own op type and page size are read as the inventory reads them.
#include <algorithm>

#include "config/definition_dataset.h"
#include "fuzz_checks.h"
#include "naming/op_type.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  std::string text = fuzz::Text(data, size);
  DefinitionDataset dataset;
  AddDefinitionText("trace/definitions/gemm/x.json", "gemm", text, dataset);
  fuzz::Require(dataset.names.size() + dataset.broken.size() == 1,
                "a file adds a name or a broken entry");
  for (const std::string& name : dataset.names) {
    fuzz::Require(dataset.op_types.at(name) == "gemm", "a name keeps its folder's op type");
    OpTypeOfName(name);
    PageSizeOfName(name);
  }
  int64_t lines = std::count(text.begin(), text.end(), '\n') + 1;
  int64_t entries = CountWorkloadEntries(text);
  fuzz::Require(entries >= 0 && entries <= lines, "workload entries are at most the lines");
  return 0;
}
