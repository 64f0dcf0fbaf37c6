// --definitions / --only-existing: which generated names a flashinfer-trace dataset has.
#pragma once

#include <set>
#include <string>

#include "app/io.h"
#include "base/result.h"
#include "config/definition_dataset.h"
#include "model/model.h"
#include "model/name_coverage.h"

namespace fib {

// Warns about each file of `dataset` that could not be read.
void PrintBrokenFiles(const DefinitionDataset& dataset, Io& io);

// Prints a summary (present / missing counts, the missing names, broken files) to io.err and,
// with `only_existing`, drops the missing names from `model`.
Status ReportDefinitions(const std::string& dir, bool only_existing, Model& model, Io& io);

}  // namespace fib
