#include "emit/coverage_mdx.h"

namespace fib {

namespace {

std::string N(int64_t value) { return std::to_string(value); }

std::string Mixers(const ArchitectureSummary& summary) {
  if (summary.mixers.empty()) return "";
  if (summary.mixers.size() == 1) return summary.mixers[0].first + " attention";
  std::string out = "hybrid ";
  for (size_t i = 0; i < summary.mixers.size(); ++i) {
    out += (i ? " + " : "") + N(summary.mixers[i].second) + " " + summary.mixers[i].first;
  }
  return out + " layers";
}

std::string Ffn(const ArchitectureSummary& summary) {
  if (summary.moe_layers == 0) return "dense MLP";
  if (summary.layers > 0 && summary.moe_layers >= summary.layers) return "MoE FFN";
  if (summary.dense_layers > 0) {
    return N(summary.moe_layers) + " MoE + " + N(summary.dense_layers) + " dense FFN layers";
  }
  return "MoE FFN in " + N(summary.moe_layers) + " layers";
}

}  // namespace

std::string StatusGlyph(KernelStatus status) {
  switch (status) {
    case KernelStatus::kWorkloads:
      return "✅";
    case KernelStatus::kMissing:
      return "❌";
    case KernelStatus::kDefinitionOnly:
    case KernelStatus::kUnknownWorkloads:
      break;
  }
  return "🟡";
}

std::string OpTypeCell(const CoverageRow& row) {
  std::string cell = row.op_type.empty() ? "?" : row.op_type;
  if (row.tp && *row.tp != 1) cell += " TP=" + N(*row.tp);
  if (row.ep && *row.ep != 1) cell += " EP=" + N(*row.ep);
  return cell;
}

std::string TableRow(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& cell : cells) out += " " + cell + " |";
  return out + "\n";
}

std::vector<std::string> DefinitionCells(const CoverageRow& row) {
  return {"`" + row.name + "`", OpTypeCell(row), StatusGlyph(row.status)};
}

std::vector<std::string> UnmappedCells(const UnmappedOp& unmapped) {
  std::string modules;
  for (const std::string& key : unmapped.modules)
    modules += (modules.empty() ? "`" : ", `") + key + "`";
  return {modules, "no Definition family for " + unmapped.op, "—"};
}

std::string ArchitectureSentence(const ArchitectureSummary& summary) {
  std::vector<std::string> parts;
  if (summary.layers > 0) parts.push_back(N(summary.layers) + " decoder layers");
  if (!summary.mixers.empty()) parts.push_back(Mixers(summary));
  parts.push_back(Ffn(summary));
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out;
}

std::string ArchitectureShort(const ArchitectureSummary& summary) {
  std::string out;
  for (const auto& [kind, layers] : summary.mixers) out += (out.empty() ? "" : " + ") + kind;
  std::string ffn = summary.moe_layers == 0                                      ? "Dense"
                    : summary.layers > 0 && summary.moe_layers >= summary.layers ? "MoE"
                                                                                 : "Dense/MoE";
  return out + (out.empty() ? "" : " + ") + ffn;
}

std::string CoverageSentence(size_t present, size_t total, bool referenced) {
  std::string out =
      N(present) + " / " + N(total) + (referenced ? " referenced" : "") + " definitions present.";
  return total > 0 && present == total ? out + " Fully covered." : out;
}

std::string CoverageLabel(size_t present, size_t total) {
  if (total > 0 && present == total) return "✅ Fully covered";
  return present > 0 ? "🟡 Partial" : "❌ Not covered";
}

std::string SummaryRow(const ModelCoverageFacts& facts) {
  return TableRow({facts.name, ArchitectureShort(facts.architecture),
                   CoverageLabel(facts.present, facts.rows.size())});
}

std::string SummaryHeader() {
  return "| Model | Architecture | Coverage |\n|-------|-------------|:--------:|\n";
}

std::string SectionText(const ModelCoverageFacts& facts) {
  std::string out = "## " + facts.name +
                    "\n\n**Architecture**: " + ArchitectureSentence(facts.architecture) + ".\n\n" +
                    "| Definition | Op Type | Status |\n|-----------|---------|:------:|\n";
  for (const CoverageRow& row : facts.rows) out += TableRow(DefinitionCells(row));
  for (const UnmappedOp& unmapped : facts.unmapped) out += TableRow(UnmappedCells(unmapped));
  return out + "\n**Coverage**: " + CoverageSentence(facts.present, facts.rows.size(), false) +
         "\n\n---\n";
}

std::string CoverageMdx(const std::vector<ModelCoverageFacts>& models) {
  std::string out = SummaryHeader();
  for (const ModelCoverageFacts& facts : models) out += SummaryRow(facts);
  out += "\n---\n";
  for (const ModelCoverageFacts& facts : models) out += "\n" + SectionText(facts);
  return out;
}

}  // namespace fib
