// docs/model_coverage.mdx as data: its lines, the Summary table and each model's section
// (heading, **Architecture** line, Definition table, **Coverage** line), as line indices
// into the unchanged text. Everything the coverage edit touches is found here, so the
// planner never searches text itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace fib {

struct DocLine {
  size_t begin = 0;  // first byte
  size_t end = 0;    // the byte after its text, before the line ending
  size_t next = 0;   // the first byte of the next line (== end at the end of a file)
  std::string_view text;
};

// A Markdown table: a header line, a separator line, and rows [first_row, end_row).
struct DocTable {
  size_t header = 0;
  size_t first_row = 0;
  size_t end_row = 0;
};

struct DocSection {
  std::string heading;  // after "## "
  size_t heading_line = 0;
  size_t end_line = 0;  // the next "## " heading, or the number of lines
  std::optional<size_t> architecture_line;
  std::optional<DocTable> table;  // the first `| Definition | Op Type | Status |` table
  std::optional<size_t> coverage_line;
};

struct CoverageDoc {
  std::string path;
  std::string_view text;
  std::string newline;  // "\r\n" when the first line ends so, else "\n"
  std::vector<DocLine> lines;
  std::optional<DocTable> summary;   // `| Model | Architecture | Coverage |` under ## Summary
  std::vector<DocSection> sections;  // every "## " section but the Summary
};

// Parses `text` (which must outlive the result). Headings inside ``` fences do not count.
CoverageDoc ParseCoverageDoc(const std::string& path, std::string_view text);

// A table row's cells, trimmed ("| a | b |" → {"a", "b"}).
std::vector<std::string> TableCells(std::string_view line);

// How headings and Summary rows are matched to a model's name: lower case, no whitespace
// ("DeepSeek V3 / R1" and "DeepSeek V3/R1" are one model).
std::string NormalizeTitle(std::string_view title);

// The section for `name`: its index, nothing when there is none, an error (kInput, at the
// second heading) when two sections have that title.
Result<std::optional<size_t>> FindSection(const CoverageDoc& doc, const std::string& name);

// The Summary row for `name`, likewise.
Result<std::optional<size_t>> FindSummaryRow(const CoverageDoc& doc, const std::string& name);

}  // namespace fib
