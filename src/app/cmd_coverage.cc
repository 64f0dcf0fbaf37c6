// `fib-modelgen coverage FILE|--manifest M --definitions DIR [--format md|json|mdx|kernels]
// [--write DOC [--check|--dry-run]]`: per model, how many layer modules map Definitions (the
// web app's coverage figure) and which names the dataset has; the coverage document's
// sections; the kernel inventory; or the coverage document updated in place.
#include <CLI/CLI.hpp>
#include <set>

#include "app/commands.h"
#include "app/coverage_subjects.h"
#include "app/definition_report.h"
#include "app/format_settings.h"
#include "config/definition_dataset.h"
#include "emit/coverage_mdx.h"
#include "emit/coverage_table.h"
#include "emit/kernel_inventory_json.h"
#include "patch/coverage_doc_edit.h"
#include "patch/unified_diff.h"

namespace fib {

CLI::App* SetupCoverage(CLI::App& app, CoverageOptions& options) {
  CLI::App* command = app.add_subcommand(
      "coverage", "per-model Definition coverage of a models.ts or a manifest's models");
  command->add_option("FILE,--file", options.file, "the models.ts to read")
      ->default_str(std::string(kTargetDefaultHelp) + ", unless --manifest");
  command->add_option("--manifest", options.manifest,
                      "a refresh manifest: its models are generated instead of read");
  command->add_flag("--allow-outside-repo", options.allow_outside_repo,
                    "with --manifest: let it name files outside the repository that holds it");
  command->add_option("--definitions", options.definitions,
                      "a flashinfer-trace checkout or its definitions/ folder (default: the "
                      "manifest's \"definitions\")");
  command
      ->add_option("--format", options.format,
                   "md (a table), json, mdx (sections of docs/model_coverage.mdx) or kernels "
                   "(the kernel inventory, JSON)")
      ->check(CLI::IsMember({"md", "json", "mdx", "kernels"}))
      ->capture_default_str();
  command->add_option("--id", options.ids, "only this model (repeatable)");
  command->add_option("--write", options.write,
                      "update these models' sections and Summary rows in this coverage document");
  command->add_flag("--check", options.check,
                    "with --write: exit 1 with a diff when the document is not up to date");
  command->add_flag("--dry-run", options.dry_run, "with --write: print the diff, write nothing");
  command->add_option("--array", options.array, "the variable holding the models array");
  return command;
}

namespace {

Result<DefinitionDataset> LoadDataset(const CoverageOptions& options,
                                      const std::string& from_manifest, Io& io) {
  std::string dir = options.definitions.empty() ? from_manifest : options.definitions;
  if (dir.empty()) {
    return Error(ErrorKind::kUsage, "coverage needs --definitions DIR",
                 "or a manifest with \"definitions\"");
  }
  Result<DefinitionDataset> dataset = LoadDefinitionDataset(dir);
  if (dataset) PrintBrokenFiles(*dataset, io);
  return dataset;
}

std::vector<ModelCoverageFacts> MeasureAll(const std::vector<CoverageSubject>& subjects,
                                           const DatasetFacts& dataset) {
  std::vector<ModelCoverageFacts> facts;
  for (const CoverageSubject& subject : subjects) {
    facts.push_back(MeasureModelCoverage(subject.model, subject.shapes, subject.unmapped, dataset));
  }
  return facts;
}

// The tag cross-check as notes on stderr, where the Markdown on stdout stays pasteable.
void PrintTagNotes(const ModelCoverageFacts& facts, Io& io) {
  auto print = [&](const std::vector<std::string>& names, const std::string& what) {
    if (names.empty()) return;
    std::string message = facts.id + ": " + std::to_string(names.size()) + " " + what + ":";
    for (const std::string& name : names) message += " " + name;
    Print(Note(message), io);
  };
  print(facts.tags.untagged, "mapped definitions lack the tag model:" + facts.id);
  print(facts.tags.tagged_unmapped, "definitions tagged model:" + facts.id + " are not mapped");
}

// --format kernels: an array of inventory objects, one per model.
void PrintKernels(const std::vector<CoverageSubject>& subjects, const DatasetFacts& dataset,
                  Io& io) {
  io.out << "[";
  for (size_t i = 0; i < subjects.size(); ++i) {
    const CoverageSubject& subject = subjects[i];
    io.out << (i ? ",\n  " : "\n  ")
           << KernelInventoryJson(subject.model.id,
                                  BuildKernelInventory(subject.model, subject.shapes, dataset),
                                  "  ");
  }
  io.out << "\n]\n";
}

const char* Word(DocAction action) {
  switch (action) {
    case DocAction::kAdded:
      return "added";
    case DocAction::kUpdated:
      return "updated";
    case DocAction::kUnchanged:
      break;
  }
  return "unchanged";
}

void PrintDocReport(const std::vector<DocModelChange>& models, const std::string& path, Io& io) {
  size_t counts[3] = {0, 0, 0};
  for (const DocModelChange& model : models) {
    ++counts[static_cast<int>(model.action)];
    io.out << Word(model.action) << ": " << model.name << "\n";
    for (const std::string& note : model.notes) io.out << "  " << note << "\n";
  }
  io.out << "coverage: " << counts[0] << " added, " << counts[1] << " updated, " << counts[2]
         << " unchanged (" << path << ")\n";
}

// --write DOC [--check | --dry-run]: the document updated through the edit session.
Outcome WriteDoc(const CoverageOptions& options, const std::vector<ModelCoverageFacts>& models,
                 const DatasetFacts& dataset, Io& io) {
  bool preview = options.check || options.dry_run;
  Result<EditSession> session =
      EditSession::OpenExisting(options.write, preview ? EditMode::kPreview : EditMode::kWrite);
  if (!session) return Report(session.error(), io);
  Result<CoverageDocEdit> edited = EditCoverageDoc(*session, models, dataset);
  if (!edited) return Report(edited.error(), io);
  PrintDocReport(edited->models, options.write, io);
  const EditResult& result = edited->edit;
  if (preview) {
    io.out << UnifiedDiff(result.before, result.after, options.write);
    if (result.changed && options.check) {
      Print(Info(options.write + " is not up to date; run the same command with --write and "
                                 "without --check"),
            io);
    }
    return Outcome::Compared(result.changed);
  }
  Status written = session->Commit(result);
  return written ? Outcome::Success() : Report(written.error(), io);
}

}  // namespace

Outcome RunCoverage(const CoverageOptions& options, Io& io) {
  if ((options.check || options.dry_run) && options.write.empty()) {
    return Report(Error(ErrorKind::kUsage, "--check and --dry-run go with --write DOC"), io);
  }
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  // Neither FILE nor --manifest: the repository's models.ts.
  std::string file =
      options.file.empty() && options.manifest.empty() ? TargetFile("", *defaults) : options.file;
  ManifestPaths allowed =
      options.allow_outside_repo ? ManifestPaths::kAnywhere : ManifestPaths::kInsideRepository;
  bool printed = false;
  Result<CoverageSubjects> loaded =
      LoadCoverageSubjects(file, {options.manifest, allowed}, ArrayName(options.array, *defaults),
                           options.ids, io, printed);
  if (!loaded) return printed ? Outcome::Failure(loaded.error().kind) : Report(loaded.error(), io);
  Result<DefinitionDataset> dataset = LoadDataset(options, loaded->definitions, io);
  if (!dataset) return Report(dataset.error(), io);
  const std::vector<CoverageSubject>& subjects = loaded->subjects;
  if (!options.write.empty()) {
    return WriteDoc(options, MeasureAll(subjects, *dataset), *dataset, io);
  }
  if (options.format == "mdx") {
    std::vector<ModelCoverageFacts> facts = MeasureAll(subjects, *dataset);
    for (const ModelCoverageFacts& model : facts) PrintTagNotes(model, io);
    io.out << CoverageMdx(facts);
  } else if (options.format == "kernels") {
    PrintKernels(subjects, *dataset, io);
  } else {
    std::vector<CoverageTableRow> rows;
    for (const CoverageSubject& subject : subjects) {
      rows.push_back({MeasureLayerCoverage(subject.model, *dataset),
                      MeasureModelCoverage(subject.model, {}, std::nullopt, *dataset).tags});
    }
    io.out << (options.format == "json" ? CoverageTableJson(rows) : CoverageTableMarkdown(rows));
  }
  return Outcome::Success();
}

}  // namespace fib
