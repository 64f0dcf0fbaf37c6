#include "app/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>

#include "app/commands.h"
#include "base/exit_codes.h"

namespace fib {

ArrayQuery MakeArrayQuery(const std::string& array_name, bool read_values) {
  ArrayQuery query;
  if (!array_name.empty()) {
    query.variable = array_name;
    query.variable_given = true;
  }
  query.read_values = read_values;
  return query;
}

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CLI::App app("fib-modelgen: generate FlashInfer-Bench model entries and edit models.ts safely",
               "fib-modelgen");
  app.require_subcommand(1);
  ListOptions list;
  UpsertOptions upsert;
  RemoveOptions remove;
  CheckOptions check;
  GenerateOptions generate;
  RefreshOptions refresh;
  CLI::App* list_command = SetupList(app, list);
  CLI::App* upsert_command = SetupUpsert(app, upsert);
  CLI::App* remove_command = SetupRemove(app, remove);
  CLI::App* check_command = SetupCheck(app, check);
  CLI::App* generate_command = SetupGenerate(app, generate);
  CLI::App* refresh_command = SetupRefresh(app, refresh);
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 wants them reversed
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  Io io{out, err, ::isatty(STDERR_FILENO) != 0};
  if (list_command->parsed()) return RunList(list, io);
  if (upsert_command->parsed()) return RunUpsert(upsert, io);
  if (remove_command->parsed()) return RunRemove(remove, io);
  if (check_command->parsed()) return RunCheck(check, io);
  if (generate_command->parsed()) return RunGenerate(generate, io);
  if (refresh_command->parsed()) return RunRefresh(refresh, io);
  return kExitUsage;
}

}  // namespace fib
