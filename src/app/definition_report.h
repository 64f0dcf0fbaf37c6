// --definitions / --only-existing: which generated names a flashinfer-trace dataset has.
#pragma once

#include <set>
#include <string>

#include "app/io.h"
#include "base/result.h"
#include "config/definition_dataset.h"
#include "model/model.h"

namespace fib {

// The Definition names `model` maps (in layer modules only, with `layers_only`), split by
// whether `dataset` has them.
struct NameCoverage {
  std::set<std::string> present;
  std::set<std::string> missing;
};
NameCoverage CoverNames(const Model& model, const DefinitionDataset& dataset,
                        bool layers_only = false);

// Prints a summary (present / missing counts, the missing names, broken files) to io.err and,
// with `only_existing`, drops the missing names from `model`.
Status ReportDefinitions(const std::string& dir, bool only_existing, Model& model, Io& io);

}  // namespace fib
