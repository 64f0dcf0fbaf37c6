// `coverage --format md|json`: one row per model, as a Markdown table to paste into the
// coverage document or as JSON.
#pragma once

#include <string>
#include <vector>

#include "model/doc_coverage.h"
#include "model/name_coverage.h"

namespace fib {

struct CoverageTableRow {
  LayerCoverage coverage;
  TagCheck tags;  // the dataset's model: tags against the entry (JSON only)
};

std::string CoverageTableMarkdown(const std::vector<CoverageTableRow>& rows);
std::string CoverageTableJson(const std::vector<CoverageTableRow>& rows);

}  // namespace fib
