// `fib-modelgen upsert --model ENTRY.json --output FILE`: replace or append one model.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/edit_runner.h"
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
  command->add_flag("--dry-run", options.dry_run, "print a unified diff, write nothing");
  return command;
}

int RunUpsert(const UpsertOptions& options, Io& io) {
  Result<std::string> entry_text = ReadFile(options.model);
  if (!entry_text) return Report(entry_text.error(), io);
  Result<Model> model = ModelFromJsonText(options.model, *entry_text);
  if (!model) return Report(model.error(), io);
  EditRequest request;
  request.path = options.output;
  request.query = MakeArrayQuery(options.array, false);
  request.create_if_missing = true;
  request.dry_run = options.dry_run;
  NewElement element{std::move(*model), {}};
  request.plan = [&element](const ModelsFile& file) {
    return PlanUpsert(file.body(), file.array(), element);
  };
  return RunEdit(request, element.model.id, io);
}

}  // namespace fib
