#include "app/definition_report.h"

#include <algorithm>
#include <set>

namespace fib {

Status ReportDefinitions(const std::string& dir, bool only_existing, Model& model, Io& io) {
  Result<DefinitionDataset> dataset = LoadDefinitionDataset(dir);
  if (!dataset) return dataset.error();
  for (const std::string& broken : dataset->broken) {
    io.err << "fib-modelgen: warning: unreadable definition file " << broken << "\n";
  }
  auto [present, missing] = CoverNames(model, *dataset);
  for (Module& module : model.modules) {
    if (!only_existing || !module.definitions) continue;
    auto& names = *module.definitions;
    names.erase(
        std::remove_if(names.begin(), names.end(),
                       // clang before 16 cannot capture a structured binding
                       [&missing = missing](const std::string& n) { return missing.count(n) > 0; }),
        names.end());
  }
  io.err << "fib-modelgen: " << present.size() << " of " << present.size() + missing.size()
         << " generated definition names exist in " << dataset->root << "\n";
  if (!missing.empty()) {
    io.err << "fib-modelgen: warning: " << missing.size() << " missing"
           << (only_existing ? " (dropped by --only-existing)" : "") << ":";
    for (const std::string& name : missing) io.err << " " << name;
    io.err << "\n";
  }
  return Ok{};
}

}  // namespace fib
