// `fib-modelgen check [FILE...] [--output-format text|github|json]`: the pre-commit hook and
// the CI step. Every problem, in every file, at once.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/format_settings.h"
#include "app/problem_output.h"
#include "patch/model_reader.h"

namespace fib {

CLI::App* SetupCheck(CLI::App& app, CheckOptions& options) {
  CLI::App* command = app.add_subcommand("check", "validate models.ts files (pre-commit hook)");
  command->add_option("FILE,--file", options.files, "the models.ts files to check")
      ->default_str(kTargetDefaultHelp);
  command->add_option("--array", options.array, "the variable holding the models array");
  command->add_option("--output-format", options.output_format, kOutputFormatHelp)
      ->check(CLI::IsMember({"text", "github", "json"}))
      ->capture_default_str();
  return command;
}

namespace {

constexpr const char* kTitle = "fib-modelgen check";

// Checks every file: each problem with the file it is about, and what was read.
ProblemReport CheckFiles(const std::vector<std::string>& files, const std::string& array) {
  ProblemReport report;
  report.files = files.size();
  for (const std::string& path : files) {
    // Values are read element by element while checking, not all at once with the parse.
    Result<ModelsFile> file = ModelsFile::Load(path, MakeArrayQuery(array, false), false);
    if (!file) {
      report.problems.push_back(ProblemIn(path, file.error()));
      continue;
    }
    ModelReading reading = ReadModels(*file, /*keep_models=*/false);
    report.models += file->array().elements.size();
    for (Diagnostic& problem : reading.diagnostics) {
      report.problems.push_back(ProblemIn(path, std::move(problem)));
    }
  }
  return report;
}

std::string Count(size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// The problems in the chosen format, and a summary line unless the output is one document.
void PrintReport(const ProblemReport& report, const std::string& format, Io& io) {
  PrintProblems(report, format, kTitle, io);
  if (format == "json") return;
  if (report.problems.empty()) {
    io.out << "checked " << Count(report.models, "model", "models") << " in "
           << Count(report.files, "file", "files") << ": no problems\n";
  } else {
    Print(Info(Count(report.problems.size(), "problem", "problems") + " in " +
               Count(report.files, "file", "files")),
          io);
  }
}

}  // namespace

Outcome RunCheck(const CheckOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) {  // nothing was checked: the one problem, in the format asked for
    ProblemReport failed;
    failed.problems.push_back(ProblemIn("pyproject.toml", defaults.error()));
    PrintProblems(failed, given.output_format, kTitle, io);
    return Outcome::Failure(defaults.error().kind);
  }
  std::vector<std::string> files = given.files;
  if (files.empty()) files = {TargetFile("", *defaults)};
  ProblemReport report = CheckFiles(files, ArrayName(given.array, *defaults));
  PrintReport(report, given.output_format, io);
  // The first problem decides: a file that cannot be read or parsed before any invalid model.
  if (report.problems.empty()) return Outcome::Success();
  return Outcome::Failure(report.problems.front().diagnostic.kind);
}

}  // namespace fib
