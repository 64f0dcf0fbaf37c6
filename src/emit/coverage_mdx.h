// Coverage facts → the text of docs/model_coverage.mdx: a model's section (`## Name`, the
// **Architecture** line, the `| Definition | Op Type | Status |` table, the **Coverage**
// line) and its Summary row, in the layout the document and the track-models skill use.
#pragma once

#include <string>
#include <vector>

#include "model/doc_coverage.h"

namespace fib {

// ✅ / 🟡 / ❌; a definition whose workloads are unknown is 🟡 (nothing proves them).
std::string StatusGlyph(KernelStatus status);

// "gqa_paged TP=4", "moe EP=8", "gemm": the op type, with the shape a per-rank name is for
// when it is not 1.
std::string OpTypeCell(const CoverageRow& row);

// "| a | b | c |" with a final "\n".
std::string TableRow(const std::vector<std::string>& cells);

// The three cells of a row: "`name`", OpTypeCell, StatusGlyph.
std::vector<std::string> DefinitionCells(const CoverageRow& row);

// "`k1`, `k2`", "no Definition family for OP", "—".
std::vector<std::string> UnmappedCells(const UnmappedOp& unmapped);

// "61 decoder layers, MLA attention, 58 MoE + 3 dense FFN layers" (no final period).
std::string ArchitectureSentence(const ArchitectureSummary& summary);

// "MLA + Dense/MoE", "GDN + GQA + MoE", "GQA + Dense": the Summary table's column.
std::string ArchitectureShort(const ArchitectureSummary& summary);

// "N / M definitions present." (with "referenced " before "definitions" when asked), and
// " Fully covered." when every name is present.
std::string CoverageSentence(size_t present, size_t total, bool referenced);

// "✅ Fully covered", "🟡 Partial" or "❌ Not covered".
std::string CoverageLabel(size_t present, size_t total);

// The Summary row of a model.
std::string SummaryRow(const ModelCoverageFacts& facts);

// The Summary table's header and separator, as the document has them.
std::string SummaryHeader();

// A whole section, from "## Name" to its closing "---" line, each line ending in "\n".
std::string SectionText(const ModelCoverageFacts& facts);

// `coverage --format mdx`: the Summary header with every model's row, then each section.
std::string CoverageMdx(const std::vector<ModelCoverageFacts>& models);

}  // namespace fib
