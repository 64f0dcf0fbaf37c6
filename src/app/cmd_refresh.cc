// `fib-modelgen refresh --manifest PATH [--check] [--dry-run]`: regenerate every model a
// manifest lists, plan all edits against one parse, apply them in one pass, write once.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <future>
#include <map>
#include <set>

#include "app/commands.h"
#include "app/definition_report.h"
#include "app/format_settings.h"
#include "app/generation_runner.h"
#include "app/problem_output.h"
#include "base/line_index.h"
#include "base/provenance.h"
#include "base/repo_root.h"
#include "config/definition_dataset.h"
#include "config/manifest.h"
#include "patch/change_summary.h"
#include "patch/edit_session.h"
#include "patch/model_reader.h"
#include "patch/unified_diff.h"

namespace fib {

CLI::App* SetupRefresh(CLI::App& app, RefreshOptions& options) {
  CLI::App* command = app.add_subcommand("refresh", "regenerate every model of a manifest");
  command->add_option("--manifest", options.manifest, "the manifest (JSON)")
      ->default_str(std::string(kDefaultManifestPath) + " under the repository root");
  command->add_flag("--allow-outside-repo", options.allow_outside_repo,
                    "let the manifest name files outside the repository that holds it");
  command->add_flag("--check", options.check,
                    "exit 1 with a diff when the file is not up to date; write nothing");
  command->add_flag("--dry-run", options.dry_run, "print a unified diff, write nothing");
  command
      ->add_option("--output-format", options.output_format,
                   "text, or github: with --check, also a GitHub Actions annotation per model "
                   "that is not up to date")
      ->check(CLI::IsMember({"text", "github"}))
      ->capture_default_str();
  command->add_option("--array", options.array, "the variable holding the models array");
  command->add_flag("--strict", options.strict,
                    "treat every warning as an error (nothing is written)");
  command
      ->add_option("--prettier-config", options.prettier_config,
                   "a JSON, YAML or TOML file with prettier's options")
      ->type_name("PATH")
      ->default_str("the output's own prettier configuration");
  return command;
}

namespace {

// Shows "[k/N] id" on a terminal for long runs; nothing when piped.
class Progress {
 public:
  Progress(Io& io, size_t total)
      : io_(io), total_(total), active_(io.err_is_terminal && total > 20) {}
  void Step(size_t done, const std::string& id) {
    if (active_) io_.err << "\r\033[K[" << done << "/" << total_ << "] " << id << std::flush;
  }
  ~Progress() {
    if (active_) io_.err << "\r\033[K" << std::flush;
  }

 private:
  Io& io_;
  size_t total_;
  bool active_;
};

// The marker names a config as the manifest writes it when that is a plain relative path
// (portable, as committed); anything else by its place in the repository (base/provenance.h).
std::string Label(const ManifestModel& model, const std::string& output) {
  std::filesystem::path written(model.config_as_written);
  bool plain = written.is_relative() && !written.empty() && *written.begin() != "..";
  return plain ? model.config_as_written : ProvenanceLabel(model.config, output);
}

// A generation failure that blames the command line (the id's rules are the --model-name
// option's) is the manifest entry's fault here: an input error at the entry, exit 4.
Diagnostic InManifest(Diagnostic error, const Manifest& manifest, const ManifestModel& model) {
  if (error.kind != ErrorKind::kUsage) return error;
  std::string message = error.message;
  if (message.rfind("--model-name: ", 0) == 0) message = message.substr(14);
  Diagnostic located =
      ErrorAt(ErrorKind::kInput, manifest.path, manifest.text, model.offset, message, error.help);
  located.notes = error.notes;
  return located;
}

// Generates every model; all failures are reported (here, on io.err), and any failure means
// nothing is written: the error returned is the first one, already printed.
Result<std::vector<NewElement>> GenerateAll(const Manifest& manifest, bool strict, Io& io) {
  std::vector<NewElement> elements;
  std::optional<Diagnostic> first_failure;
  size_t failures = 0;
  GenerationRunner runner;
  Progress progress(io, manifest.models.size());
  for (size_t i = 0; i < manifest.models.size(); ++i) {
    const ManifestModel& model = manifest.models[i];
    progress.Step(i + 1, model.id);
    Result<Generation> generated = runner.Run(
        {model.config, Label(model, manifest.output), model.sglang_impl}, RequestFor(model));
    if (generated) {
      Status notes = PrintNotes(*generated, strict, io);
      if (!notes) generated = notes.error();
    }
    if (!generated) generated = InManifest(generated.error(), manifest, model);
    if (!generated) {
      if (failures++ == 0) first_failure = generated.error();
      Print(Error(generated.error().kind, "model \"" + model.id + "\" failed:"), io);
      Print(generated.error(), io);
      continue;
    }
    elements.push_back(ElementOf(*generated));
  }
  if (failures == 0) return elements;
  Print(Info(std::to_string(failures) + " of " + std::to_string(manifest.models.size()) +
             " models failed; nothing was written"),
        io);
  return *first_failure;
}

const char* Word(PlanAction action) {
  switch (action) {
    case PlanAction::kAdded:
      return "added";
    case PlanAction::kReplaced:
      return "updated";
    case PlanAction::kUnchanged:
      return "unchanged";
    case PlanAction::kSkipped:
      return "skipped";
    case PlanAction::kRemoved:
      return "removed";
  }
  return "";
}

// "(12/17 names in the dataset)" for a model, when the manifest names a dataset.
std::string Coverage(const NewElement& element, const DefinitionDataset* dataset) {
  if (!dataset) return "";
  NameCoverage names = CoverNames(element.model, *dataset);
  return " (" + std::to_string(names.present.size()) + "/" +
         std::to_string(names.present.size() + names.missing.size()) + " names in the dataset)";
}

void PrintOutcomes(const std::vector<ElementOutcome>& outcomes,
                   const std::vector<NewElement>& elements, const DefinitionDataset* dataset,
                   const std::string& path, Io& io) {
  std::map<PlanAction, size_t> counts;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    const ElementOutcome& outcome = outcomes[i];
    ++counts[outcome.action];
    io.out << Word(outcome.action) << ": " << outcome.id
           << (outcome.reason.empty() ? "" : " (" + outcome.reason + ")")
           << Coverage(elements[i], dataset) << "\n";
  }
  io.out << "refresh: " << counts[PlanAction::kAdded] << " added, " << counts[PlanAction::kReplaced]
         << " updated, " << counts[PlanAction::kUnchanged] << " unchanged, "
         << counts[PlanAction::kSkipped] << " skipped (" << path << ")\n";
}

// --check --output-format github: each model that is not up to date as a problem, at the line
// where it stands in the file (a model still to be added: at the file).
ProblemReport StaleModels(const EditResult& result, const std::string& advice,
                          const ArrayQuery& query) {
  std::map<std::string, size_t> lines = ModelLines(result.path, result.before, query);
  ProblemReport report;
  for (const ElementOutcome& outcome : result.outcomes) {
    bool added = outcome.action == PlanAction::kAdded;
    if (!added && outcome.action != PlanAction::kReplaced) continue;
    Diagnostic stale = Error(ErrorKind::kValidation,
                             "\"" + outcome.id + "\" " +
                                 (added ? "is in the manifest but not in this file"
                                        : "differs from what the manifest generates"),
                             advice);
    auto line = lines.find(outcome.id);
    if (!added && line != lines.end()) stale.where = Location{result.path, line->second, 1, ""};
    report.problems.push_back(ProblemIn(result.path, std::move(stale)));
  }
  return report;
}

// --check and --dry-run: the diff, and for --check the advice when it is not empty.
Outcome PrintPreview(const EditResult& result, const RefreshOptions& options,
                     const ArrayQuery& query, Io& io) {
  io.out << SummaryAbove(result.before, result.after, result.path, query);
  io.out << UnifiedDiff(result.before, result.after, result.path);
  if (result.changed && options.check) {
    std::string advice = "run 'fib-modelgen refresh --manifest " + options.manifest + "'";
    if (options.output_format == "github") {
      PrintProblems(StaleModels(result, advice, query), "github", "fib-modelgen refresh", io);
    }
    Print(Info(result.path + " is not up to date; " + advice), io);
  }
  return Outcome::Compared(result.changed);
}

// The defaults that depend on where the command runs: [tool.fib-modelgen] of the repository,
// and the manifest under the repository root.
Result<RefreshOptions> WithDefaults(RefreshOptions options) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return defaults.error();
  if (options.manifest.empty()) options.manifest = defaults->manifest;
  if (options.manifest.empty()) options.manifest = ResolveAgainstRepoRoot(kDefaultManifestPath);
  options.array = ArrayName(options.array, *defaults);
  if (options.prettier_config.empty()) options.prettier_config = defaults->prettier_config;
  return options;
}

// The manifest's dataset, when it names one (for the coverage on each model's line).
Result<std::optional<DefinitionDataset>> LoadDataset(const Manifest& manifest, Io& io) {
  if (manifest.definitions.empty()) return std::optional<DefinitionDataset>();
  Result<DefinitionDataset> loaded = LoadDefinitionDataset(manifest.definitions);
  if (!loaded) return loaded.error();
  PrintBrokenFiles(*loaded, io);
  return std::optional<DefinitionDataset>(std::move(loaded).value());
}

struct Refreshed {
  std::vector<NewElement> elements;  // what was generated, in manifest order
  EditResult result;
};

// Generation and the target's read and parse are independent and long for big files: the
// models are generated on a second thread while the session reads the target, and the plan
// waits for them. The worker is the only one writing to io until it is joined. Generation
// failures are printed as they happen and come first (`printed` is then set).
Result<Refreshed> GenerateAndEdit(EditSession& session, const Manifest& manifest,
                                  const RefreshOptions& options, const ModelsEdit& target,
                                  bool& printed, Io& io) {
  auto generation =
      std::async(std::launch::async, [&] { return GenerateAll(manifest, options.strict, io); });
  std::optional<Result<std::vector<NewElement>>> elements;
  ModelsEdit edit = target;
  edit.plan = [&](const ModelsFile& file) -> Result<BatchPlan> {
    elements.emplace(generation.get());
    if (!*elements) return elements->error();
    return PlanBatch(file.body(), file.array(), **elements, true, target.style);
  };
  Result<EditResult> result = session.EditModels(edit);
  if (!elements) elements.emplace(generation.get());  // the target failed before the plan
  if (!*elements) {
    printed = true;
    return elements->error();
  }
  if (!result) return result.error();
  return Refreshed{std::move(**elements), std::move(result).value()};
}

}  // namespace

Outcome RunRefresh(const RefreshOptions& given, Io& io) {
  Result<RefreshOptions> options = WithDefaults(given);
  if (!options) return Report(options.error(), io);
  Result<Manifest> manifest = LoadManifest(
      options->manifest,
      options->allow_outside_repo ? ManifestPaths::kAnywhere : ManifestPaths::kInsideRepository);
  if (!manifest) return Report(manifest.error(), io);
  Result<std::optional<DefinitionDataset>> dataset = LoadDataset(*manifest, io);
  if (!dataset) return Report(dataset.error(), io);
  bool preview = options->check || options->dry_run;
  Result<EditSession> session =
      EditSession::Open(manifest->output, preview ? EditMode::kPreview : EditMode::kWrite);
  if (!session) return Report(session.error(), io);
  Result<PrintStyle> style = PrintStyleFor(manifest->output, options->prettier_config);
  if (!style) return Report(style.error(), io);
  ModelsEdit edit;
  edit.query = MakeArrayQuery(options->array, false);
  edit.create_if_missing = true;
  edit.style = *style;
  bool printed = false;
  Result<Refreshed> refreshed = GenerateAndEdit(*session, *manifest, *options, edit, printed, io);
  if (!refreshed) {
    return printed ? Outcome::Failure(refreshed.error().kind) : Report(refreshed.error(), io);
  }
  const EditResult& result = refreshed->result;
  PrintOutcomes(result.outcomes, refreshed->elements, dataset->has_value() ? &**dataset : nullptr,
                manifest->output, io);
  if (preview) return PrintPreview(result, *options, edit.query, io);
  Status written = session->Commit(result);
  return written ? Outcome::Success() : Report(written.error(), io);
}

}  // namespace fib
