// `fib-modelgen check FILE...`: the pre-commit hook. Every problem, in every file, at once.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/model_reader.h"
#include "base/exit_codes.h"

namespace fib {

CLI::App* SetupCheck(CLI::App& app, CheckOptions& options) {
  CLI::App* command = app.add_subcommand("check", "validate models.ts files (pre-commit hook)");
  command->add_option("FILE,--file", options.files, "the models.ts files to check")->required();
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

int RunCheck(const CheckOptions& options, Io& io) {
  int exit_code = kExitOk;
  size_t problems = 0, models = 0;
  for (const std::string& path : options.files) {
    // Values are read element by element while checking, not all at once with the parse.
    Result<ModelsFile> file = ModelsFile::Load(path, MakeArrayQuery(options.array, false), false);
    if (!file) {
      int code = Report(file.error(), io);
      if (exit_code == kExitOk) exit_code = code;
      ++problems;
      continue;
    }
    ModelReading reading = ReadModels(*file, /*keep_models=*/false);
    models += file->array().elements.size();
    io.err << RenderAll(reading.diagnostics, io.color);
    problems += reading.diagnostics.size();
    if (!reading.diagnostics.empty() && exit_code == kExitOk) exit_code = kExitValidation;
  }
  if (problems == 0) {
    io.out << "checked " << models << (models == 1 ? " model" : " models") << " in "
           << options.files.size() << (options.files.size() == 1 ? " file" : " files")
           << ": no problems\n";
  } else {
    io.err << "fib-modelgen: " << problems << (problems == 1 ? " problem" : " problems") << " in "
           << options.files.size() << (options.files.size() == 1 ? " file" : " files") << "\n";
  }
  return exit_code;
}

}  // namespace fib
