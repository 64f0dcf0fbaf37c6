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
#include "app/models_source.h"
#include "base/exit_codes.h"
#include "base/file_io.h"
#include "base/file_lock.h"
#include "base/limits.h"
#include "base/line_index.h"
#include "base/provenance.h"
#include "base/repo_root.h"
#include "config/definition_dataset.h"
#include "config/manifest.h"
#include "patch/models_file.h"
#include "patch/readable_ids.h"
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

// Generates every model; all failures are reported, and any failure means nothing is written.
std::optional<std::vector<NewElement>> GenerateAll(const Manifest& manifest, bool strict, Io& io,
                                                   int& exit_code) {
  std::vector<NewElement> elements;
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
      if (failures++ == 0) exit_code = ExitCodeFor(generated.error().kind);
      io.err << "fib-modelgen: error: model \"" << manifest.models[i].id << "\" failed:\n"
             << Render(generated.error(), io.color);
      continue;
    }
    elements.push_back(ElementOf(*generated));
  }
  if (failures == 0) return elements;
  io.err << "fib-modelgen: " << failures << " of " << manifest.models.size()
         << " models failed; nothing was written\n";
  return std::nullopt;
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

void PrintOutcomes(const BatchPlan& batch, const std::vector<NewElement>& elements,
                   const DefinitionDataset* dataset, const std::string& path, Io& io) {
  std::map<PlanAction, size_t> counts;
  for (size_t i = 0; i < batch.outcomes.size(); ++i) {
    const ElementOutcome& outcome = batch.outcomes[i];
    ++counts[outcome.action];
    io.out << Word(outcome.action) << ": " << outcome.id
           << (outcome.reason.empty() ? "" : " (" + outcome.reason + ")")
           << Coverage(elements[i], dataset) << "\n";
  }
  io.out << "refresh: " << counts[PlanAction::kAdded] << " added, " << counts[PlanAction::kReplaced]
         << " updated, " << counts[PlanAction::kUnchanged] << " unchanged, "
         << counts[PlanAction::kSkipped] << " skipped (" << path << ")\n";
}

}  // namespace

int RunRefresh(const RefreshOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  RefreshOptions options = given;
  if (options.manifest.empty()) options.manifest = defaults->manifest;
  if (options.manifest.empty()) options.manifest = ResolveAgainstRepoRoot(kDefaultManifestPath);
  if (options.array.empty()) options.array = defaults->array;
  if (options.prettier_config.empty()) options.prettier_config = defaults->prettier_config;
  Result<Manifest> manifest =
      LoadManifest(options.manifest, options.allow_outside_repo ? ManifestPaths::kAnywhere
                                                                : ManifestPaths::kInsideRepository);
  if (!manifest) return Report(manifest.error(), io);
  std::optional<DefinitionDataset> dataset;
  if (!manifest->definitions.empty()) {
    Result<DefinitionDataset> loaded = LoadDefinitionDataset(manifest->definitions);
    if (!loaded) return Report(loaded.error(), io);
    dataset = std::move(*loaded);
    for (const std::string& broken : dataset->broken) {
      io.err << "fib-modelgen: warning: unreadable definition file " << broken << "\n";
    }
  }
  Status target = CheckTarget(manifest->output);
  if (!target) return Report(target.error(), io);
  // Held from before the read until after the write (see RunEdit): refreshes and upserts of
  // the same file take turns.
  std::optional<FileLock> lock;
  if (!options.check && !options.dry_run) {
    Result<FileLock> acquired = FileLock::Acquire(manifest->output, kLockWaitSeconds);
    if (!acquired) return Report(acquired.error(), io);
    lock.emplace(std::move(acquired).value());
  }
  FileStamp stamp = StampOf(manifest->output);
  Result<PrintStyle> style = PrintStyleFor(manifest->output, options.prettier_config);
  if (!style) return Report(style.error(), io);
  // Both are independent and long for big files: generate on a second thread while this one
  // reads and parses the target. The worker is the only one writing to io until it is joined.
  int exit_code = kExitOk;
  auto generation = std::async(
      std::launch::async, [&] { return GenerateAll(*manifest, options.strict, io, exit_code); });
  ArrayQuery query = MakeArrayQuery(options.array, false);
  Result<ModelsFile> file = ModelsFile::Load(manifest->output, query, true, *style);
  std::optional<std::vector<NewElement>> elements = generation.get();
  if (!elements) return exit_code;
  if (!file) return Report(file.error(), io);
  Status readable = CheckIdsReadable(manifest->output, file->body(), file->array());
  if (!readable) return Report(readable.error(), io);
  Status unique = CheckUniqueIds(manifest->output, file->body(), file->array());
  if (!unique) return Report(unique.error(), io);
  BatchPlan batch = PlanBatch(file->body(), file->array(), *elements, true, *style);
  Result<std::string> new_bytes = file->Apply(batch.plan, query);
  if (!new_bytes) return Report(new_bytes.error(), io);
  PrintOutcomes(batch, *elements, dataset ? &*dataset : nullptr, manifest->output, io);
  const SourceFile& source = file->source();
  bool changed = !source.existed || *new_bytes != source.bytes;
  if (options.check || options.dry_run) {
    io.out << SummaryAbove(source.existed ? source.bytes : "", *new_bytes, manifest->output, query);
    io.out << UnifiedDiff(source.existed ? source.bytes : "", *new_bytes, manifest->output);
    if (changed && options.check) {
      io.err << "fib-modelgen: " << manifest->output << " is not up to date; run 'fib-modelgen "
             << "refresh --manifest " << options.manifest << "'\n";
    }
    return changed ? kExitDifferences : kExitOk;
  }
  if (!changed) return kExitOk;
  ReadSnapshot snapshot{stamp, source.existed ? std::string_view(source.bytes) : ""};
  Status written = WriteFileAtomically(manifest->output, *new_bytes, &snapshot);
  return written ? kExitOk : Report(written.error(), io);
}

}  // namespace fib
