// `fib-modelgen generate --config C --model-name ID [...]`: the main job. Generates a model's
// entry from its config and puts it into models.ts through the patcher.
#include <CLI/CLI.hpp>
#include <cstdlib>

#include "app/commands.h"
#include "app/definition_report.h"
#include "app/edit_command.h"
#include "app/format_settings.h"
#include "app/generation_runner.h"
#include "app/kernel_shapes.h"
#include "base/exit_codes.h"
#include "base/file_io.h"
#include "base/provenance.h"
#include "base/repo_root.h"
#include "config/dataset_location.h"
#include "config/model_json.h"
#include "emit/kernel_inventory_json.h"
#include "emit/model_printer.h"

namespace fib {

CLI::App* SetupGenerate(CLI::App& app, GenerateOptions& o) {
  CLI::App* c = app.add_subcommand("generate", "generate a model's entry from its config");
  c->add_option("--config", o.config, "config.json or model_architecture.json")->required();
  c->add_option("--sglang-impl", o.sglang_impl, "sglang_implementation.json (names only)");
  c->add_option("--model-name", o.model_name, "the entry's id, e.g. llama-3.1-8b")->required();
  c->add_option("--output,--file", o.output, "the models.ts to edit")
      ->default_str(kTargetDefaultHelp);
  c->add_option("--append", o.append,
                "true: upsert into --output; false: write a file with "
                "only this model")
      ->check(CLI::IsMember({"true", "false"}))
      ->capture_default_str();
  c->add_option("--name", o.name, "display name (default: derived from the id)");
  c->add_option("--description", o.description, "description (default: a summary of the config)");
  c->add_option("--tp", o.tp,
                "tensor parallel sizes, e.g. 1,2,4; 'auto' picks TP and EP from "
                "the model's size")
      ->capture_default_str();
  c->add_option("--ep", o.ep, "expert parallel size")
      ->capture_default_str()
      ->each([&o](const std::string&) { o.ep_given = true; });
  c->add_option("--page-sizes", o.page_sizes, "KV page sizes, e.g. 1,64")->capture_default_str();
  c->add_option("--definitions", o.definitions, "a flashinfer-trace checkout to check names in");
  c->add_flag("--only-existing", o.only_existing, "drop names --definitions does not have");
  c->add_flag("--dry-run", o.dry_run, "print a unified diff, write nothing");
  c->add_flag("--stdout", o.to_stdout, "print the generated object only");
  c->add_option("--format", o.format,
                "ts or json (for --stdout); kernels: the kernel inventory (JSON, needs "
                "--definitions), nothing written")
      ->check(CLI::IsMember({"ts", "json", "kernels"}))
      ->capture_default_str();
  c->add_flag("--force", o.force, "with --append false: replace a file holding other models");
  c->add_flag("--sampling", o.sampling, "add a sampler layer with the sampling definitions");
  c->add_flag("--strict", o.strict, "treat every warning as an error");
  c->add_option("--array", o.array, "the variable holding the models array");
  c->add_option("--prettier-config", o.prettier_config,
                "a JSON, YAML or TOML file with prettier's options")
      ->type_name("PATH")
      ->default_str("--output's own prettier configuration");
  return c;
}

namespace {

Result<GenerationRequest> MakeRequest(const GenerateOptions& options) {
  GenerationRequest request;
  request.id = options.model_name;
  if (!options.name.empty()) request.name = options.name;
  if (!options.description.empty()) request.description = options.description;
  request.sampling = options.sampling;
  Result<Parallelism> parallel =
      ParseParallelism(options.tp, options.ep, options.page_sizes, options.ep_given);
  if (!parallel) return parallel.error();
  request.parallel = *parallel;
  return request;
}

Outcome PrintObject(const NewElement& element, const std::string& format, const PrintStyle& style,
                    Io& io) {
  if (format == "json") {
    io.out << ModelToJson(element.model);
  } else {
    io.out << PrintModelObject(element.model, style) << "\n";
  }
  return Outcome::Success();
}

// --append false replaces the whole file: refused when the file holds other models (or
// cannot be read as a models file) unless --force.
Status CheckReplaceable(const GenerateOptions& options, const std::string& id) {
  if (options.force || !FileExists(options.output)) return Ok{};
  Result<ModelsFile> file =
      ModelsFile::Load(options.output, MakeArrayQuery(options.array, false), false);
  if (!file) return file.error();
  for (const ArrayElement& existing : file->array().elements) {
    if (existing.id == id) continue;
    return Error(ErrorKind::kValidation,
                 "--append false would replace '" + options.output +
                     "', which holds other models (e.g. \"" + existing.id.value_or("?") + "\")",
                 "use --append true to upsert into it, or add --force to replace it");
  }
  return Ok{};
}

// --format kernels: the inventory of the generated model against --definitions.
Outcome PrintKernels(GenerationRunner& runner, const GenerateOptions& options,
                     const GenerationRequest& request, const Generation& generated, Io& io) {
  Result<DefinitionDataset> dataset = LoadDefinitionDataset(options.definitions);
  if (!dataset) return Report(dataset.error(), io);
  Result<KernelShapes> shapes =
      ShapesOfGeneration(runner, {options.config, "", options.sglang_impl}, request, generated);
  if (!shapes) return Report(shapes.error(), io);
  io.out << KernelInventoryJson(generated.model.id,
                                BuildKernelInventory(generated.model, *shapes, *dataset))
         << "\n";
  return Outcome::Success();
}

// The defaults that depend on where the command runs: [tool.fib-modelgen] of the repository's
// pyproject.toml, the target under the repository root, and the dataset the web app and the
// skills use.
Result<GenerateOptions> WithDefaults(GenerateOptions options, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return defaults.error();
  options.output = TargetFile(options.output, *defaults);
  options.array = ArrayName(options.array, *defaults);
  if (options.prettier_config.empty()) options.prettier_config = defaults->prettier_config;
  if (options.definitions.empty()) {
    if (std::optional<DatasetLocation> dataset =
            LocateDataset(FindRepoRoot(options.output), defaults->definitions, std::getenv)) {
      Print(Info("using the dataset at " + dataset->path + " (from " + dataset->source + ")"), io);
      options.definitions = dataset->path;
    }
  }
  return options;
}

// Puts the entry into --output (or, with --append false, into a new file replacing it).
Outcome EditTarget(const GenerateOptions& options, const NewElement& element,
                   const PrintStyle& style, Io& io) {
  EditCommand command;
  command.path = options.output;
  command.dry_run = options.dry_run;
  command.summarize = true;
  command.edit.query = MakeArrayQuery(options.array, false);
  command.edit.create_if_missing = true;
  command.edit.style = style;
  if (options.append == "false") {
    Status replaceable = CheckReplaceable(options, element.model.id);
    if (!replaceable) return Report(replaceable.error(), io);
    command.edit.fresh_file = true;
  }
  command.edit.plan = Upserting(element, style);
  return RunEditCommand(command, io);
}

}  // namespace

Outcome RunGenerate(const GenerateOptions& given, Io& io) {
  Result<GenerateOptions> with_defaults = WithDefaults(given, io);
  if (!with_defaults) return Report(with_defaults.error(), io);
  const GenerateOptions& options = *with_defaults;
  Result<GenerationRequest> request = MakeRequest(options);
  if (!request) return Report(request.error(), io);
  if (options.format == "kernels" && options.definitions.empty()) {
    return Report(Error(ErrorKind::kUsage, "--format kernels needs --definitions DIR",
                        "pass a flashinfer-trace checkout or its definitions/ folder"),
                  io);
  }
  GenerationRunner runner;
  Result<Generation> generated = runner.Run(
      {options.config, ProvenanceLabel(options.config, options.output), options.sglang_impl},
      *request);
  if (!generated) return Report(generated.error(), io);
  Status notes = PrintNotes(*generated, options.strict, io);
  if (!notes) return Report(notes.error(), io);
  if (!options.definitions.empty()) {
    Status checked =
        ReportDefinitions(options.definitions, options.only_existing, generated->model, io);
    if (!checked) return Report(checked.error(), io);
  }
  if (options.format == "kernels") return PrintKernels(runner, options, *request, *generated, io);
  const NewElement element = ElementOf(*generated);
  if (options.to_stdout && options.format == "json") return PrintObject(element, "json", {}, io);
  // The object is printed as the target's prettier configuration asks, also for --stdout.
  Result<PrintStyle> style = PrintStyleFor(options.output, options.prettier_config);
  if (!style) return Report(style.error(), io);
  if (options.to_stdout) return PrintObject(element, options.format, *style, io);
  return EditTarget(options, element, *style, io);
}

}  // namespace fib
