#include "app/definition_report.h"

#include <algorithm>
#include <set>

namespace fib {

void PrintBrokenFiles(const DefinitionDataset& dataset, Io& io) {
  for (const std::string& broken : dataset.broken) {
    Print(Warning("unreadable definition file " + broken), io);
  }
}

Status ReportDefinitions(const std::string& dir, bool only_existing, Model& model, Io& io) {
  Result<DefinitionDataset> dataset = LoadDefinitionDataset(dir);
  if (!dataset) return dataset.error();
  PrintBrokenFiles(*dataset, io);
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
  Print(Info(std::to_string(present.size()) + " of " +
             std::to_string(present.size() + missing.size()) +
             " generated definition names exist in " + dataset->root),
        io);
  if (!missing.empty()) {
    std::string names;
    for (const std::string& name : missing) names += " " + name;
    Print(Warning(std::to_string(missing.size()) + " missing" +
                  (only_existing ? " (dropped by --only-existing)" : "") + ":" + names),
          io);
  }
  return Ok{};
}

}  // namespace fib
