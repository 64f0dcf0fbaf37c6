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

// Prints a summary (present / missing counts, the missing names, broken files) to io.err and,
// with `only_existing`, drops the missing names from `model`.
Status ReportDefinitions(const std::string& dir, bool only_existing, Model& model, Io& io);

}  // namespace fib
