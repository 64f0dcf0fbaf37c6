#include "emit/coverage_table.h"

#include "config/json_quote.h"

namespace fib {

namespace {

std::string Percent(size_t part, size_t whole) {
  return whole == 0 ? "-" : std::to_string((part * 100 + whole / 2) / whole) + "%";
}

std::string JsonList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + JsonQuote(items[i]);
  return out + "]";
}

}  // namespace

std::string CoverageTableMarkdown(const std::vector<CoverageTableRow>& rows) {
  std::string out =
      "| model | layers with definitions | names in dataset | missing names |\n"
      "|---|---|---|---|\n";
  for (const CoverageTableRow& table_row : rows) {
    const LayerCoverage& row = table_row.coverage;
    std::string missing;
    for (const std::string& name : row.missing) {
      missing += (missing.empty() ? "`" : ", `") + name + "`";
    }
    out += "| " + row.id + " | " + std::to_string(row.layers_with_definitions) + "/" +
           std::to_string(row.layers) + " (" + Percent(row.layers_with_definitions, row.layers) +
           ") | " + std::to_string(row.present) + "/" + std::to_string(row.names) + " | " +
           (missing.empty() ? "none" : missing) + " |\n";
  }
  return out;
}

std::string CoverageTableJson(const std::vector<CoverageTableRow>& rows) {
  std::string out = "[";
  for (size_t i = 0; i < rows.size(); ++i) {
    const LayerCoverage& row = rows[i].coverage;
    out += std::string(i ? ",\n " : "\n ") + "{\"id\": " + JsonQuote(row.id) +
           ", \"layers\": " + std::to_string(row.layers) +
           ", \"layers_with_definitions\": " + std::to_string(row.layers_with_definitions) +
           ", \"names\": " + std::to_string(row.names) +
           ", \"names_in_dataset\": " + std::to_string(row.present) +
           ", \"missing\": " + JsonList(row.missing) +
           ", \"untagged\": " + JsonList(rows[i].tags.untagged) +
           ", \"tagged_not_mapped\": " + JsonList(rows[i].tags.tagged_unmapped) + "}";
  }
  return out + "\n]\n";
}

}  // namespace fib
