// `fib-modelgen upsert --model ENTRY.json --output FILE`: replace or append one model.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/edit_command.h"
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
      ->default_str(kTargetDefaultHelp);
  command->add_option("--array", options.array, "the variable holding the models array");
  command
      ->add_option("--prettier-config", options.prettier_config,
                   "a JSON, YAML or TOML file with prettier's options")
      ->type_name("PATH")
      ->default_str("the file's own prettier configuration");
  command->add_flag("--dry-run", options.dry_run, "print a unified diff, write nothing");
  return command;
}

Outcome RunUpsert(const UpsertOptions& given, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  UpsertOptions options = given;
  options.output = TargetFile(options.output, *defaults);
  options.array = ArrayName(options.array, *defaults);
  if (options.prettier_config.empty()) options.prettier_config = defaults->prettier_config;
  Result<PrintStyle> style = PrintStyleFor(options.output, options.prettier_config);
  if (!style) return Report(style.error(), io);
  Result<std::string> entry_text = ReadFile(options.model);
  if (!entry_text) return Report(entry_text.error(), io);
  Result<Model> model = ModelFromJsonText(options.model, *entry_text);
  if (!model) return Report(model.error(), io);
  EditCommand command;
  command.path = options.output;
  command.dry_run = options.dry_run;
  command.edit.query = MakeArrayQuery(options.array, false);
  command.edit.create_if_missing = true;
  command.edit.style = *style;
  command.edit.plan = Upserting(NewElement{std::move(*model), {}}, *style);
  return RunEditCommand(command, io);
}

}  // namespace fib
