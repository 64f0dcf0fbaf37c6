// `fib-modelgen coverage FILE --definitions DIR [--format md|json]`: per model, how many layer
// modules map Definitions (the web app's coverage figure) and which names the dataset has.
#include <CLI/CLI.hpp>
#include <set>

#include "app/commands.h"
#include "app/definition_report.h"
#include "app/model_reader.h"
#include "base/exit_codes.h"
#include "config/definition_dataset.h"
#include "config/json_quote.h"

namespace fib {

CLI::App* SetupCoverage(CLI::App& app, CoverageOptions& options) {
  CLI::App* command =
      app.add_subcommand("coverage", "per-model Definition coverage of a models.ts");
  command->add_option("FILE,--file", options.file, "the models.ts to read")->required();
  command
      ->add_option("--definitions", options.definitions,
                   "a flashinfer-trace checkout or its definitions/ folder")
      ->required();
  command->add_option("--format", options.format, "md (a table) or json")
      ->check(CLI::IsMember({"md", "json"}))
      ->capture_default_str();
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

namespace {

struct ModelCoverage {
  std::string id;
  size_t layers = 0, layers_with_definitions = 0;
  size_t names = 0, present = 0;
  std::vector<std::string> missing;
};

ModelCoverage Measure(const Model& model, const DefinitionDataset& dataset) {
  ModelCoverage coverage;
  coverage.id = model.id;
  for (const Module& module : model.modules) {
    if (module.type != "layer") continue;
    ++coverage.layers;
    if (module.definitions && !module.definitions->empty()) ++coverage.layers_with_definitions;
  }
  NameCoverage names = CoverNames(model, dataset, true);
  coverage.present = names.present.size();
  coverage.names = names.present.size() + names.missing.size();
  coverage.missing.assign(names.missing.begin(), names.missing.end());
  return coverage;
}

std::string Percent(size_t part, size_t whole) {
  return whole == 0 ? "-" : std::to_string((part * 100 + whole / 2) / whole) + "%";
}

void PrintMarkdown(const std::vector<ModelCoverage>& rows, Io& io) {
  io.out << "| model | layers with definitions | names in dataset | missing names |\n"
         << "|---|---|---|---|\n";
  for (const ModelCoverage& row : rows) {
    std::string missing;
    for (const std::string& name : row.missing)
      missing += (missing.empty() ? "`" : ", `") + name + "`";
    io.out << "| " << row.id << " | " << row.layers_with_definitions << "/" << row.layers << " ("
           << Percent(row.layers_with_definitions, row.layers) << ") | " << row.present << "/"
           << row.names << " | " << (missing.empty() ? "none" : missing) << " |\n";
  }
}

void PrintJson(const std::vector<ModelCoverage>& rows, Io& io) {
  io.out << "[";
  for (size_t i = 0; i < rows.size(); ++i) {
    const ModelCoverage& row = rows[i];
    io.out << (i ? ",\n " : "\n ") << "{\"id\": " << JsonQuote(row.id)
           << ", \"layers\": " << row.layers
           << ", \"layers_with_definitions\": " << row.layers_with_definitions
           << ", \"names\": " << row.names << ", \"names_in_dataset\": " << row.present
           << ", \"missing\": [";
    for (size_t k = 0; k < row.missing.size(); ++k)
      io.out << (k ? ", " : "") << JsonQuote(row.missing[k]);
    io.out << "]}";
  }
  io.out << "\n]\n";
}

}  // namespace

int RunCoverage(const CoverageOptions& options, Io& io) {
  Result<DefinitionDataset> dataset = LoadDefinitionDataset(options.definitions);
  if (!dataset) return Report(dataset.error(), io);
  for (const std::string& broken : dataset->broken) {
    io.err << "fib-modelgen: warning: unreadable definition file " << broken << "\n";
  }
  Result<ModelsFile> file =
      ModelsFile::Load(options.file, MakeArrayQuery(options.array, true), false);
  if (!file) return Report(file.error(), io);
  ModelReading reading = ReadModels(*file);
  if (!reading.diagnostics.empty()) {
    io.err << RenderAll(reading.diagnostics);
    return kExitValidation;
  }
  std::vector<ModelCoverage> rows;
  for (const Model& model : reading.models) rows.push_back(Measure(model, *dataset));
  if (options.format == "json") {
    PrintJson(rows, io);
  } else {
    PrintMarkdown(rows, io);
  }
  return kExitOk;
}

}  // namespace fib
