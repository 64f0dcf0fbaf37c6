#include "patch/coverage_doc.h"

#include <cctype>

#include "base/line_index.h"
#include "patch/source_file.h"

namespace fib {

namespace {

std::vector<DocLine> SplitLines(std::string_view text) {
  std::vector<DocLine> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    if (end > begin && text[end - 1] == '\r') --end;
    lines.push_back({begin, end, next, text.substr(begin, end - begin)});
    begin = next;
  }
  return lines;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool IsSeparator(std::string_view line) {
  if (!StartsWith(line, "|")) return false;
  for (char c : line) {
    if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
  }
  return true;
}

// The table starting at `header` when that line and the next make one.
std::optional<DocTable> TableAt(const std::vector<DocLine>& lines, size_t header, size_t end) {
  if (header + 1 >= end || !StartsWith(lines[header].text, "|") ||
      !IsSeparator(lines[header + 1].text)) {
    return std::nullopt;
  }
  DocTable table{header, header + 2, header + 2};
  while (table.end_row < end && StartsWith(lines[table.end_row].text, "|")) ++table.end_row;
  return table;
}

// The first table in [begin, end) whose header cells are `header`.
std::optional<DocTable> FindTable(const std::vector<DocLine>& lines, size_t begin, size_t end,
                                  const std::vector<std::string>& header) {
  for (size_t i = begin; i < end; ++i) {
    std::optional<DocTable> table = TableAt(lines, i, end);
    if (table && TableCells(lines[i].text) == header) return table;
    if (table) i = table->end_row - 1;
  }
  return std::nullopt;
}

std::optional<size_t> FindLine(const std::vector<DocLine>& lines, size_t begin, size_t end,
                               std::string_view prefix) {
  for (size_t i = begin; i < end; ++i) {
    if (StartsWith(lines[i].text, prefix)) return i;
  }
  return std::nullopt;
}

DocSection ReadSection(const std::vector<DocLine>& lines, size_t heading, size_t end) {
  DocSection section;
  section.heading = std::string(lines[heading].text.substr(3));
  section.heading_line = heading;
  section.end_line = end;
  section.architecture_line = FindLine(lines, heading + 1, end, "**Architecture**:");
  section.table = FindTable(lines, heading + 1, end, {"Definition", "Op Type", "Status"});
  section.coverage_line = FindLine(lines, heading + 1, end, "**Coverage**:");
  return section;
}

// Line indices of the "## " headings outside code fences.
std::vector<size_t> Headings(const std::vector<DocLine>& lines) {
  std::vector<size_t> headings;
  bool fenced = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (StartsWith(lines[i].text, "```")) fenced = !fenced;
    if (!fenced && StartsWith(lines[i].text, "## ")) headings.push_back(i);
  }
  return headings;
}

Diagnostic Duplicate(const CoverageDoc& doc, size_t first_line, size_t second_line,
                     const std::string& what) {
  Diagnostic error =
      Error(ErrorKind::kInput,
            "two " + what + " for one model (first at line " + std::to_string(first_line + 1) + ")",
            "merge them by hand: fib-modelgen will not guess which one to keep");
  error.where = LineIndex(doc.text).Locate(doc.path, doc.lines[second_line].begin);
  return error;
}

}  // namespace

std::vector<std::string> TableCells(std::string_view line) {
  std::vector<std::string> cells;
  size_t begin = line.find('|');
  if (begin == std::string_view::npos) return cells;
  for (;;) {
    size_t end = line.find('|', begin + 1);
    if (end == std::string_view::npos) break;
    std::string_view cell = line.substr(begin + 1, end - begin - 1);
    size_t first = cell.find_first_not_of(" \t");
    size_t last = cell.find_last_not_of(" \t");
    cells.emplace_back(first == std::string_view::npos ? "" : cell.substr(first, last - first + 1));
    begin = end;
  }
  return cells;
}

std::string NormalizeTitle(std::string_view title) {
  std::string out;
  for (char c : title) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

CoverageDoc ParseCoverageDoc(const std::string& path, std::string_view text) {
  CoverageDoc doc;
  doc.path = path;
  doc.text = text;
  doc.newline = DetectNewline(text);
  doc.lines = SplitLines(text);
  std::vector<size_t> headings = Headings(doc.lines);
  for (size_t h = 0; h < headings.size(); ++h) {
    size_t end = h + 1 < headings.size() ? headings[h + 1] : doc.lines.size();
    DocSection section = ReadSection(doc.lines, headings[h], end);
    if (NormalizeTitle(section.heading) == "summary") {
      if (!doc.summary) {
        doc.summary =
            FindTable(doc.lines, headings[h] + 1, end, {"Model", "Architecture", "Coverage"});
      }
      continue;
    }
    doc.sections.push_back(std::move(section));
  }
  return doc;
}

Result<std::optional<size_t>> FindSection(const CoverageDoc& doc, const std::string& name) {
  std::optional<size_t> found;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    if (NormalizeTitle(doc.sections[i].heading) != NormalizeTitle(name)) continue;
    if (found) {
      return Duplicate(doc, doc.sections[*found].heading_line, doc.sections[i].heading_line,
                       "sections");
    }
    found = i;
  }
  return found;
}

Result<std::optional<size_t>> FindSummaryRow(const CoverageDoc& doc, const std::string& name) {
  std::optional<size_t> found;
  if (!doc.summary) return found;
  for (size_t row = doc.summary->first_row; row < doc.summary->end_row; ++row) {
    std::vector<std::string> cells = TableCells(doc.lines[row].text);
    if (cells.empty() || NormalizeTitle(cells[0]) != NormalizeTitle(name)) continue;
    if (found) return Duplicate(doc, *found, row, "Summary rows");
    found = row;
  }
  return found;
}

}  // namespace fib
