// `fib-modelgen remove --id ID --output FILE`: delete one model and its leading comments.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/edit_command.h"
#include "app/format_settings.h"

namespace fib {

CLI::App* SetupRemove(CLI::App& app, RemoveOptions& options) {
  CLI::App* command = app.add_subcommand("remove", "remove the model with an id");
  command->add_option("--id", options.id, "the id of the model to remove")->required();
  command->add_option("--output,--file", options.output, "the models.ts to edit")
      ->default_str(kTargetDefaultHelp);
  command->add_option("--array", options.array, "the variable holding the models array");
  command->add_flag("--dry-run", options.dry_run, "print a unified diff, write nothing");
  return command;
}

Outcome RunRemove(const RemoveOptions& options, Io& io) {
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  EditCommand command;
  command.path = TargetFile(options.output, *defaults);
  command.dry_run = options.dry_run;
  command.edit.query = MakeArrayQuery(ArrayName(options.array, *defaults), false);
  command.edit.plan = Removing(options.id);
  return RunEditCommand(command, io);
}

}  // namespace fib
