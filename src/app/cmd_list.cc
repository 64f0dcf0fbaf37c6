// `fib-modelgen list FILE [--format text|json]`: the models a file holds.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/format_settings.h"
#include "base/exit_codes.h"
#include "base/line_index.h"
#include "config/model_json.h"
#include "patch/model_reader.h"
#include "patch/models_file.h"

namespace fib {

CLI::App* SetupList(CLI::App& app, ListOptions& options) {
  CLI::App* command = app.add_subcommand("list", "list the models in a models.ts");
  command->add_option("FILE,--file", options.file, "the models.ts to read")
      ->default_str(kTargetDefaultHelp);
  command->add_option("--format", options.format, "text (ids and lines) or json (Model JSON)")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

namespace {

void PrintText(const ModelsFile& file, Io& io) {
  LineIndex index(file.body());
  for (const ArrayElement& element : file.array().elements) {
    std::string line = std::to_string(index.LineOf(element.node.begin));
    if (element.id) {
      io.out << *element.id << "\t" << line << "\n";
    } else {
      io.out << "(" << element.node_type << " without an id)\t" << line << "\n";
    }
  }
}

}  // namespace

Outcome RunList(const ListOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  ListOptions options = given;
  options.file = TargetFile(options.file, *defaults);
  options.array = ArrayName(options.array, *defaults);
  bool json = options.format == "json";
  Result<ModelsFile> file =
      ModelsFile::Load(options.file, MakeArrayQuery(options.array, json), false);
  if (!file) return Report(file.error(), io);
  if (!json) {
    PrintText(*file, io);
    return Outcome::Success();
  }
  ModelReading reading = ReadModels(*file);
  if (!reading.diagnostics.empty()) {
    PrintAll(reading.diagnostics, io);
    return Outcome::Failure(ErrorKind::kValidation);
  }
  io.out << ModelsToJson(reading.models);
  return Outcome::Success();
}

}  // namespace fib
