#include "patch/coverage_table_plan.h"

#include <map>
#include <regex>
#include <set>

#include "emit/coverage_mdx.h"
#include "naming/op_type.h"

namespace fib {

namespace {

enum class RowKind { kName, kUnmapped, kProse };

struct Row {
  std::string text;    // the line, "\n"-terminated
  std::string op_key;  // the op type the row is about, for placing new rows after it
  bool dash = false;   // its status is "—"
};

std::string FirstWord(const std::string& text) { return text.substr(0, text.find(' ')); }

// "`name`" with a plain Definition name inside ('?' placeholders are prose).
std::optional<std::string> NameIn(const std::string& cell) {
  static const std::regex kName(R"(`([A-Za-z0-9_.\-]+)`)");
  std::smatch match;
  if (!std::regex_match(cell, match, kName)) return std::nullopt;
  return match[1].str();
}

RowKind Classify(const std::vector<std::string>& cells) {
  if (cells.size() != 3) return RowKind::kProse;
  static const std::regex kModules(R"(`[^`]+`(, `[^`]+`)*)");
  if (cells[2] == "—" && std::regex_match(cells[0], kModules) &&
      cells[1].rfind("no Definition family for ", 0) == 0) {
    return RowKind::kUnmapped;
  }
  return NameIn(cells[0]) && GlyphIn(cells[2]) != "—" ? RowKind::kName : RowKind::kProse;
}

class TablePlanner {
 public:
  TablePlanner(const ModelCoverageFacts& facts, const DatasetFacts& dataset)
      : facts_(facts), dataset_(dataset) {
    for (const CoverageRow& row : facts.rows) wanted_.emplace(row.name, &row);
  }

  void Existing(const std::string& line) {
    std::vector<std::string> cells = TableCells(line);
    Row row{line + "\n", cells.size() > 1 ? FirstWord(cells[1]) : "",
            !cells.empty() && GlyphIn(cells.back()) == "—"};
    switch (Classify(cells)) {
      case RowKind::kName:
        if (!NameRow(cells, row)) return;
        break;
      case RowKind::kUnmapped:
        if (!UnmappedRow(cells)) return;
        break;
      case RowKind::kProse:
        ProseRow(cells);
        break;
    }
    rows_.push_back(std::move(row));
  }

  TablePlan Finish() {
    for (const CoverageRow& row : facts_.rows) {
      if (placed_.count(row.name)) continue;
      Insert(Row{TableRow(DefinitionCells(row)), row.op_type, false});
      notes_.push_back("added `" + row.name + "` (" + StatusGlyph(row.status) + ")");
    }
    for (const UnmappedOp& unmapped : facts_.unmapped) {
      std::string text = TableRow(UnmappedCells(unmapped));
      if (placed_unmapped_.count(text)) continue;
      rows_.push_back(Row{text, "", true});
      notes_.push_back("added unmapped " + UnmappedCells(unmapped)[0] + " (" + unmapped.op + ")");
    }
    TablePlan plan;
    for (const Row& row : rows_) plan.rows += row.text;
    plan.notes = std::move(notes_);
    return plan;
  }

 private:
  // Updates `row` for a Definition name; false when the row goes.
  bool NameRow(std::vector<std::string> cells, Row& row) {
    std::string name = *NameIn(cells[0]);
    std::string op_type = OpTypeOfName(name).value_or("");
    row.op_key = op_type.empty() ? row.op_key : op_type;
    auto it = wanted_.find(name);
    KernelStatus status;
    if (it != wanted_.end()) {
      placed_.insert(name);
      status = it->second->status;
    } else if (dataset_.Has(name)) {
      status = StatusOf(name, op_type, dataset_);
    } else {
      notes_.push_back("removed `" + name +
                       "`: the model does not map it and the dataset does not have it");
      return false;
    }
    bool changed = false;
    std::string glyph = GlyphFor(status, cells[2]);
    if (glyph != GlyphIn(cells[2])) {
      notes_.push_back("`" + name + "`: " + GlyphIn(cells[2]) + " → " + glyph);
      cells[2] = glyph;
      changed = true;
    }
    if (!op_type.empty() && FirstWord(cells[1]) != op_type) {
      notes_.push_back("`" + name + "`: op type " + FirstWord(cells[1]) + " → " + op_type);
      cells[1] = op_type + cells[1].substr(FirstWord(cells[1]).size());
      changed = true;
    }
    if (changed) row.text = TableRow(cells);
    return true;
  }

  // Keeps a row fib-modelgen wrote for unmapped modules while generation still reports them
  // (or cannot say, for a model read from a file); false when the row goes.
  bool UnmappedRow(const std::vector<std::string>& cells) {
    if (!facts_.unmapped_known) return true;
    std::string text = TableRow(cells);
    for (const UnmappedOp& unmapped : facts_.unmapped) {
      if (TableRow(UnmappedCells(unmapped)) == text) {
        placed_unmapped_.insert(text);
        return true;
      }
    }
    notes_.push_back("removed unmapped " + cells[0] + ": now mapped or gone");
    return false;
  }

  void ProseRow(const std::vector<std::string>& cells) {
    if (cells.size() < 3 || GlyphIn(cells[2]) != "—") return;
    std::string op = FirstWord(cells[1]);
    for (const CoverageRow& row : facts_.rows) {
      if (row.op_type != op) continue;
      notes_.push_back("kept hand-written row \"" + cells[0] + "\" (— unmapped), though the " +
                       "model maps " + op + " names");
      return;
    }
  }

  // After the last row of the same op type; else before the first "—" row; else last.
  void Insert(Row row) {
    size_t at = rows_.size();
    size_t first_dash = rows_.size();
    for (size_t i = rows_.size(); i-- > 0;) {
      if (rows_[i].dash) first_dash = i;
    }
    bool anchored = false;
    for (size_t i = rows_.size(); i-- > 0 && !anchored;) {
      if (rows_[i].op_key == row.op_key && !rows_[i].dash) {
        at = i + 1;
        anchored = true;
      }
    }
    if (!anchored) at = first_dash;
    rows_.insert(rows_.begin() + static_cast<std::ptrdiff_t>(at), std::move(row));
  }

  const ModelCoverageFacts& facts_;
  const DatasetFacts& dataset_;
  std::map<std::string, const CoverageRow*> wanted_;
  std::set<std::string> placed_;
  std::set<std::string> placed_unmapped_;
  std::vector<Row> rows_;
  std::vector<std::string> notes_;
};

}  // namespace

std::string GlyphIn(const std::string& cell) {
  size_t best = std::string::npos;
  std::string glyph;
  for (const char* candidate : {"✅", "🟡", "❌", "—"}) {
    size_t at = cell.find(candidate);
    if (at < best) {
      best = at;
      glyph = candidate;
    }
  }
  return glyph;
}

std::string GlyphFor(KernelStatus status, const std::string& old_cell) {
  if (status != KernelStatus::kUnknownWorkloads) return StatusGlyph(status);
  std::string old = GlyphIn(old_cell);
  return old == "✅" || old == "🟡" ? old : StatusGlyph(status);
}

TablePlan PlanTableRows(const CoverageDoc& doc, const DocTable& table,
                        const ModelCoverageFacts& facts, const DatasetFacts& dataset) {
  TablePlanner planner(facts, dataset);
  for (size_t line = table.first_row; line < table.end_row; ++line) {
    planner.Existing(std::string(doc.lines[line].text));
  }
  return planner.Finish();
}

}  // namespace fib
