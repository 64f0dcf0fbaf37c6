// `fib-modelgen check FILE...`: the pre-commit hook. Every problem, in every file, at once.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/format_settings.h"
#include "base/exit_codes.h"
#include "patch/model_reader.h"

namespace fib {

CLI::App* SetupCheck(CLI::App& app, CheckOptions& options) {
  CLI::App* command = app.add_subcommand("check", "validate models.ts files (pre-commit hook)");
  command->add_option("FILE,--file", options.files, "the models.ts files to check")
      ->default_str(kTargetDefaultHelp);
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

Outcome RunCheck(const CheckOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  CheckOptions options = given;
  if (options.files.empty()) options.files = {TargetFile("", *defaults)};
  options.array = ArrayName(options.array, *defaults);
  Outcome outcome = Outcome::Success();
  size_t problems = 0, models = 0;
  for (const std::string& path : options.files) {
    // Values are read element by element while checking, not all at once with the parse.
    Result<ModelsFile> file = ModelsFile::Load(path, MakeArrayQuery(options.array, false), false);
    if (!file) {
      Outcome failed = Report(file.error(), io);
      if (outcome.succeeded()) outcome = failed;
      ++problems;
      continue;
    }
    ModelReading reading = ReadModels(*file, /*keep_models=*/false);
    models += file->array().elements.size();
    PrintAll(reading.diagnostics, io);
    problems += reading.diagnostics.size();
    if (!reading.diagnostics.empty() && outcome.succeeded()) {
      outcome = Outcome::Failure(ErrorKind::kValidation);
    }
  }
  if (problems == 0) {
    io.out << "checked " << models << (models == 1 ? " model" : " models") << " in "
           << options.files.size() << (options.files.size() == 1 ? " file" : " files")
           << ": no problems\n";
  } else {
    Print(Info(std::to_string(problems) + (problems == 1 ? " problem" : " problems") + " in " +
               std::to_string(options.files.size()) +
               (options.files.size() == 1 ? " file" : " files")),
          io);
  }
  return outcome;
}

}  // namespace fib
