// `fib-modelgen diff OLD NEW [--format text|md|mermaid]`: what changed between two models.ts
// versions, model by model (files, or git revisions such as HEAD:web/apps/web/data/models.ts).
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/models_source.h"
#include "base/exit_codes.h"
#include "emit/diff_markdown.h"
#include "emit/diff_mermaid.h"
#include "emit/diff_text.h"
#include "model/model_diff.h"

namespace fib {

CLI::App* SetupDiff(CLI::App& app, DiffOptions& options) {
  CLI::App* command = app.add_subcommand(
      "diff", "the semantic difference between two models.ts versions (exit 1 when they differ)");
  command->add_option("OLD", options.old_spec, "a models.ts, or REV:PATH (e.g. HEAD:models.ts)")
      ->required();
  command->add_option("NEW", options.new_spec, "a models.ts, or REV:PATH")->required();
  command->add_option("--format", options.format, "text, md (a PR comment) or mermaid")
      ->check(CLI::IsMember({"text", "md", "mermaid"}))
      ->capture_default_str();
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

namespace {

Result<std::vector<Model>> Load(const std::string& spec, const std::string& array, Io& io,
                                int& exit_code) {
  Result<std::string> bytes = ReadSource(spec);
  if (!bytes) return bytes.error();
  Result<ModelReading> reading =
      ReadModelsFromBytes(spec, std::move(*bytes), MakeArrayQuery(array, true));
  if (!reading) return reading.error();
  if (!reading->diagnostics.empty()) {
    io.err << RenderAll(reading->diagnostics);
    exit_code = kExitValidation;
    return Error(ErrorKind::kValidation, "'" + spec + "' has invalid models; see above",
                 "'fib-modelgen check' reports the same problems");
  }
  return std::move(reading->models);
}

}  // namespace

int RunDiff(const DiffOptions& options, Io& io) {
  int exit_code = kExitOk;
  Result<std::vector<Model>> before = Load(options.old_spec, options.array, io, exit_code);
  if (!before) return exit_code ? exit_code : Report(before.error(), io);
  Result<std::vector<Model>> after = Load(options.new_spec, options.array, io, exit_code);
  if (!after) return exit_code ? exit_code : Report(after.error(), io);
  ModelsDelta delta = DiffModels(*before, *after);
  if (options.format == "md") {
    io.out << DiffMarkdown(delta, options.new_spec);
  } else if (options.format == "mermaid") {
    io.out << DiffMermaid(delta);
  } else {
    io.out << DiffText(delta);
  }
  return delta.empty() ? kExitOk : kExitDifferences;
}

}  // namespace fib
