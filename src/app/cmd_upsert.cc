// `fib-modelgen upsert --model ENTRY.json --output FILE`: replace or append one model.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/edit_runner.h"
#include "app/format_settings.h"
#include "base/exit_codes.h"
#include "base/file_io.h"
#include "config/model_json.h"

namespace fib {

CLI::App* SetupUpsert(CLI::App& app, UpsertOptions& options) {
  CLI::App* command =
      app.add_subcommand("upsert", "replace the model with the entry's id, or append it");
  command->add_option("--model", options.model, "the entry: one model as Model JSON")->required();
  command
      ->add_option("--output,--file", options.output, "the models.ts to edit (created if missing)")
      ->required();
  command->add_option("--array", options.array, "the variable holding the models array");
  command
      ->add_option("--prettier-config", options.prettier_config,
                   "a JSON, YAML or TOML file with prettier's options")
      ->type_name("PATH")
      ->default_str("the file's own prettier configuration");
  command->add_flag("--dry-run", options.dry_run, "print a unified diff, write nothing");
  return command;
}

int RunUpsert(const UpsertOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  UpsertOptions options = given;
  if (options.array.empty()) options.array = defaults->array;
  if (options.prettier_config.empty()) options.prettier_config = defaults->prettier_config;
  Result<PrintStyle> style = PrintStyleFor(options.output, options.prettier_config);
  if (!style) return Report(style.error(), io);
  Result<std::string> entry_text = ReadFile(options.model);
  if (!entry_text) return Report(entry_text.error(), io);
  Result<Model> model = ModelFromJsonText(options.model, *entry_text);
  if (!model) return Report(model.error(), io);
  EditRequest request;
  request.path = options.output;
  request.query = MakeArrayQuery(options.array, false);
  request.create_if_missing = true;
  request.dry_run = options.dry_run;
  request.style = *style;
  NewElement element{std::move(*model), {}};
  request.plan = [&element, &request](const ModelsFile& file) {
    return PlanUpsert(file.body(), file.array(), element, request.style);
  };
  return RunEdit(request, element.model.id, io);
}

}  // namespace fib
