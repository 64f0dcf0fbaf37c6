// The Definition table of one coverage-document section brought in line with a model,
// row by row: rows the model maps get their status (and op type) corrected in place; rows
// it no longer maps stay while the dataset has the Definition (an alternative kernel the
// maintainers track) and go when nothing vouches for them; new names are inserted after
// the last row of their op type; hand-written rows are kept as written.
#pragma once

#include <string>
#include <vector>

#include "model/dataset_facts.h"
#include "model/doc_coverage.h"
#include "patch/coverage_doc.h"

namespace fib {

struct TablePlan {
  std::string rows;                // the new text of rows [first_row, end_row), "\n" line endings
  std::vector<std::string> notes;  // one per change, for the report
};

TablePlan PlanTableRows(const CoverageDoc& doc, const DocTable& table,
                        const ModelCoverageFacts& facts, const DatasetFacts& dataset);

// The status glyph for a row whose cell says `old_cell` now (the ✅/🟡 it states is kept
// when the dataset cannot say which of the two is true).
std::string GlyphFor(KernelStatus status, const std::string& old_cell);

// The first of ✅ 🟡 ❌ — in `cell`, or "".
std::string GlyphIn(const std::string& cell);

}  // namespace fib
