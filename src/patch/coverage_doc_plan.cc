#include "patch/coverage_doc_plan.h"

#include <regex>
#include <set>

#include "emit/coverage_mdx.h"
#include "patch/architecture_claims.h"
#include "patch/coverage_table_plan.h"
#include "patch/source_file.h"

namespace fib {

namespace {

constexpr std::string_view kArchitecture = "**Architecture**: ";
constexpr std::string_view kCoverage = "**Coverage**: ";

class SectionPlanner {
 public:
  SectionPlanner(const CoverageDoc& doc, DocPlan& plan, DocModelChange& change)
      : doc_(doc), plan_(plan), change_(change) {}

  // Replaces the text of line `line` (its ending kept) when it differs.
  void ReplaceLine(size_t line, const std::string& text) {
    const DocLine& old = doc_.lines[line];
    if (old.text != text) plan_.edits.push_back({old.begin, old.end, text});
  }

  void InsertAt(size_t offset, const std::string& text) {
    plan_.edits.push_back({offset, offset, WithNewlines(text, doc_.newline)});
  }

  // The offset where line `line` starts, or the end of the text past the last line.
  size_t StartOf(size_t line) const {
    return line < doc_.lines.size() ? doc_.lines[line].begin : doc_.text.size();
  }

  void Table(const DocSection& section, const ModelCoverageFacts& facts,
             const DatasetFacts& dataset) {
    if (!section.table) {
      size_t at =
          section.architecture_line ? *section.architecture_line + 2 : section.heading_line + 2;
      std::string table = "| Definition | Op Type | Status |\n|-----------|---------|:------:|\n" +
                          PlanTableRows(doc_, DocTable{}, facts, dataset).rows + "\n";
      InsertAt(StartOf(std::min(at, section.end_line)), table);
      Note("added the Definition table");
      return;
    }
    TablePlan rows = PlanTableRows(doc_, *section.table, facts, dataset);
    size_t begin = StartOf(section.table->first_row);
    size_t end = StartOf(section.table->end_row);
    std::string text = WithNewlines(rows.rows, doc_.newline);
    if (doc_.text.substr(begin, end - begin) != text) plan_.edits.push_back({begin, end, text});
    for (std::string& note : rows.notes) Note(std::move(note));
  }

  void Architecture(const DocSection& section, const ModelCoverageFacts& facts) {
    std::string sentence = ArchitectureSentence(facts.architecture);
    if (!section.architecture_line) {
      InsertAt(StartOf(std::min(section.heading_line + 2, section.end_line)),
               std::string(kArchitecture) + sentence + ".\n\n");
      Note("added the Architecture line");
      return;
    }
    std::string_view line = doc_.lines[*section.architecture_line].text;
    std::string_view claims = line.substr(kArchitecture.size());
    size_t end = FirstSentenceEnd(claims);
    std::vector<std::string> wrong =
        ContradictedArchitecture(claims.substr(0, end), facts.architecture);
    if (wrong.empty()) return;
    bool period = end > 0 && claims[end - 1] == '.';
    ReplaceLine(*section.architecture_line, std::string(kArchitecture) + sentence +
                                                (period ? "." : "") +
                                                std::string(claims.substr(end)));
    for (const std::string& claim : wrong) Note("Architecture said " + claim);
  }

  void Coverage(const DocSection& section, const ModelCoverageFacts& facts) {
    static const std::regex kOwned(
        R"(^\*\*Coverage\*\*: (\S+) / (\S+) (referenced )?definitions present\.( Fully covered\.)?)");
    size_t total = facts.rows.size();
    if (!section.coverage_line) {
      size_t after = section.table ? section.table->end_row : section.end_line;
      InsertAt(StartOf(after), "\n" + std::string(kCoverage) +
                                   CoverageSentence(facts.present, total, false) + "\n");
      Note("added the Coverage line");
      return;
    }
    std::string line(doc_.lines[*section.coverage_line].text);
    std::smatch match;
    if (!std::regex_search(line, match, kOwned)) {
      ReplaceLine(*section.coverage_line,
                  std::string(kCoverage) + CoverageSentence(facts.present, total, false));
      Note("rewrote the Coverage line, which did not start \"N / M definitions present.\"");
      return;
    }
    std::string sentence = CoverageSentence(facts.present, total, match[3].matched);
    std::string rewritten = std::string(kCoverage) + sentence + match.suffix().str();
    if (rewritten == line) return;
    ReplaceLine(*section.coverage_line, rewritten);
    Note("Coverage: " + match[1].str() + " / " + match[2].str() + " → " +
         std::to_string(facts.present) + " / " + std::to_string(total));
  }

  void Note(std::string note) { change_.notes.push_back(std::move(note)); }

 private:
  const CoverageDoc& doc_;
  DocPlan& plan_;
  DocModelChange& change_;
};

// The Summary row: its Architecture cell when it names other kinds than the model has, its
// Coverage cell when the label's glyph differs. A missing row is inserted at the table's end.
Status PlanSummaryRow(const CoverageDoc& doc, const ModelCoverageFacts& facts,
                      SectionPlanner& planner) {
  if (!doc.summary) {
    return Error(ErrorKind::kInput,
                 "'" + doc.path +
                     "' has no Summary table (`| Model | Architecture | Coverage |` "
                     "under `## Summary`)",
                 "add the table, even empty, where the document should have it");
  }
  Result<std::optional<size_t>> row = FindSummaryRow(doc, facts.name);
  if (!row) return row.error();
  if (!*row) {
    planner.InsertAt(planner.StartOf(doc.summary->end_row), SummaryRow(facts));
    planner.Note("added the Summary row");
    return Ok{};
  }
  std::vector<std::string> cells = TableCells(doc.lines[**row].text);
  if (cells.size() != 3) return Ok{};
  std::string label = CoverageLabel(facts.present, facts.rows.size());
  std::string reason = ContradictedShortArchitecture(cells[1], facts.architecture);
  bool changed = false;
  if (!reason.empty()) {
    planner.Note("Summary: " + reason);
    cells[1] = ArchitectureShort(facts.architecture);
    changed = true;
  }
  if (GlyphIn(cells[2]) != GlyphIn(label)) {
    planner.Note("Summary: " + cells[2] + " → " + label);
    cells[2] = label;
    changed = true;
  }
  if (changed) {
    std::string text = TableRow(cells);
    planner.ReplaceLine(**row, text.substr(0, text.size() - 1));
  }
  return Ok{};
}

void TagNotes(const TagCheck& tags, const std::string& id, DocModelChange& change) {
  auto list = [](const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
  };
  size_t untagged = tags.untagged.size();
  if (untagged > 0) {
    change.notes.push_back("tags: " + std::to_string(untagged) + " mapped definition" +
                           (untagged == 1 ? " lacks" : "s lack") + " model:" + id + ": " +
                           list(tags.untagged));
  }
  size_t unmapped = tags.tagged_unmapped.size();
  if (unmapped > 0) {
    change.notes.push_back("tags: " + std::to_string(unmapped) + " definition" +
                           (unmapped == 1 ? "" : "s") + " tagged model:" + id +
                           (unmapped == 1 ? " is" : " are") +
                           " not mapped: " + list(tags.tagged_unmapped));
  }
}

Status PlanModel(const CoverageDoc& doc, const ModelCoverageFacts& facts,
                 const DatasetFacts& dataset, DocPlan& plan) {
  DocModelChange change;
  change.name = facts.name;
  size_t edits_before = plan.edits.size();
  SectionPlanner planner(doc, plan, change);
  Result<std::optional<size_t>> found = FindSection(doc, facts.name);
  if (!found) return found.error();
  if (!*found) {
    bool closed = doc.text.empty() || doc.text.back() == '\n';
    planner.InsertAt(doc.text.size(), (closed ? "\n" : "\n\n") + SectionText(facts));
    planner.Note("added the section");
    change.action = DocAction::kAdded;
  } else {
    const DocSection& section = doc.sections[**found];
    planner.Architecture(section, facts);
    planner.Table(section, facts, dataset);
    planner.Coverage(section, facts);
  }
  Status summary = PlanSummaryRow(doc, facts, planner);
  if (!summary) return summary;
  if (change.action != DocAction::kAdded && plan.edits.size() > edits_before)
    change.action = DocAction::kUpdated;
  TagNotes(facts.tags, facts.id, change);
  plan.models.push_back(std::move(change));
  return Ok{};
}

}  // namespace

Result<DocPlan> PlanCoverageDoc(const CoverageDoc& doc,
                                const std::vector<ModelCoverageFacts>& models,
                                const DatasetFacts& dataset) {
  DocPlan plan;
  for (const ModelCoverageFacts& facts : models) {
    Status planned = PlanModel(doc, facts, dataset, plan);
    if (!planned) return planned.error();
  }
  return plan;
}

Status VerifyCoverageDoc(const CoverageDoc& doc, const std::vector<ModelCoverageFacts>& models) {
  for (const ModelCoverageFacts& facts : models) {
    Result<std::optional<size_t>> section = FindSection(doc, facts.name);
    Result<std::optional<size_t>> row = FindSummaryRow(doc, facts.name);
    bool ok = section && *section && row && *row;
    if (ok) {
      const DocSection& found = doc.sections[**section];
      std::set<std::string> names;
      if (found.table) {
        for (size_t line = found.table->first_row; line < found.table->end_row; ++line) {
          std::vector<std::string> cells = TableCells(doc.lines[line].text);
          if (!cells.empty()) names.insert(cells[0]);
        }
      }
      for (const CoverageRow& wanted : facts.rows) ok = ok && names.count("`" + wanted.name + "`");
      ok = ok && found.coverage_line.has_value();
    }
    if (!ok) {
      return Error(ErrorKind::kVerify,
                   "internal error: the edited " + doc.path + " does not read back with \"" +
                       facts.name + "\"'s section and Summary row; nothing was written",
                   "this is a bug in fib-modelgen; please report it with the document");
    }
  }
  return Ok{};
}

}  // namespace fib
