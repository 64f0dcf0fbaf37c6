#include "app/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <iostream>

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
  CoverageOptions coverage;
  TreeOptions tree;
  CLI::App* list_command = SetupList(app, list);
  CLI::App* upsert_command = SetupUpsert(app, upsert);
  CLI::App* remove_command = SetupRemove(app, remove);
  CLI::App* check_command = SetupCheck(app, check);
  CLI::App* generate_command = SetupGenerate(app, generate);
  CLI::App* refresh_command = SetupRefresh(app, refresh);
  CLI::App* coverage_command = SetupCoverage(app, coverage);
  CLI::App* tree_command = SetupTree(app, tree);
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
  if (coverage_command->parsed()) return RunCoverage(coverage, io);
  if (tree_command->parsed()) {
    tree.terminal = ::isatty(STDOUT_FILENO) != 0 && &out == &std::cout;
    tree.color_forced_off = std::getenv("NO_COLOR") != nullptr;
    return RunTree(tree, io);
  }
  return kExitUsage;
}

}  // namespace fib
