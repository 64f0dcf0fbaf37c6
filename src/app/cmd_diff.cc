// `fib-modelgen diff OLD NEW [--format text|md|mermaid]`: what changed between two models.ts
// versions, model by model (files, or git revisions such as HEAD:web/apps/web/data/models.ts).
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/format_settings.h"
#include "base/git_blob.h"
#include "emit/diff_markdown.h"
#include "emit/diff_mermaid.h"
#include "emit/diff_text.h"
#include "model/model_diff.h"
#include "patch/model_reader.h"

namespace fib {

CLI::App* SetupDiff(CLI::App& app, DiffOptions& options) {
  CLI::App* command = app.add_subcommand(
      "diff", "the semantic difference between two models.ts versions (exit 1 when they differ)");
  command->add_option("OLD", options.old_spec, "a models.ts, or REV:PATH (e.g. HEAD:models.ts)")
      ->required();
  command->add_option("NEW", options.new_spec, "a models.ts, or REV:PATH")
      ->default_str(kTargetDefaultHelp);
  command->add_option("--format", options.format, "text, md (a PR comment) or mermaid")
      ->check(CLI::IsMember({"text", "md", "mermaid"}))
      ->capture_default_str();
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

namespace {

// A side's models. Problems in them are printed here, `printed` set, and the error returned
// only carries their kind.
Result<std::vector<Model>> Load(const std::string& spec, const std::string& array, Io& io,
                                bool& printed) {
  Result<std::string> bytes = ReadFileOrRevision(spec);
  if (!bytes) return bytes.error();
  Result<ModelReading> reading =
      ReadModelsFromBytes(spec, std::move(*bytes), MakeArrayQuery(array, true));
  if (!reading) return reading.error();
  if (!reading->diagnostics.empty()) {
    PrintAll(reading->diagnostics, io);
    printed = true;
    return Error(ErrorKind::kValidation, "'" + spec + "' has invalid models; see above",
                 "'fib-modelgen check' reports the same problems");
  }
  return std::move(reading->models);
}

}  // namespace

Outcome RunDiff(const DiffOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  DiffOptions options = given;
  options.new_spec = TargetFile(options.new_spec, *defaults);
  options.array = ArrayName(options.array, *defaults);
  bool printed = false;
  Result<std::vector<Model>> before = Load(options.old_spec, options.array, io, printed);
  if (!before) return printed ? Outcome::Failure(before.error().kind) : Report(before.error(), io);
  Result<std::vector<Model>> after = Load(options.new_spec, options.array, io, printed);
  if (!after) return printed ? Outcome::Failure(after.error().kind) : Report(after.error(), io);
  ModelsDelta delta = DiffModels(*before, *after);
  if (options.format == "md") {
    io.out << DiffMarkdown(delta, options.new_spec);
  } else if (options.format == "mermaid") {
    io.out << DiffMermaid(delta);
  } else {
    io.out << DiffText(delta);
  }
  return Outcome::Compared(!delta.empty());
}

}  // namespace fib
