#include "app/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <functional>
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
  app.set_version_flag("--version", "fib-modelgen " FIB_VERSION);
  Io io{out, err, &err == &std::cerr && ::isatty(STDERR_FILENO) != 0};
  ListOptions list;
  UpsertOptions upsert;
  RemoveOptions remove;
  CheckOptions check;
  GenerateOptions generate;
  RefreshOptions refresh;
  CoverageOptions coverage;
  TreeCommandOptions tree;
  DiffOptions diff;
  // Each subcommand with what runs it once CLI11 has filled its options.
  const std::vector<std::pair<CLI::App*, std::function<int()>>> commands = {
      {SetupGenerate(app, generate), [&] { return RunGenerate(generate, io); }},
      {SetupRefresh(app, refresh), [&] { return RunRefresh(refresh, io); }},
      {SetupUpsert(app, upsert), [&] { return RunUpsert(upsert, io); }},
      {SetupRemove(app, remove), [&] { return RunRemove(remove, io); }},
      {SetupList(app, list), [&] { return RunList(list, io); }},
      {SetupCheck(app, check), [&] { return RunCheck(check, io); }},
      {SetupCoverage(app, coverage), [&] { return RunCoverage(coverage, io); }},
      {SetupDiff(app, diff), [&] { return RunDiff(diff, io); }},
      {SetupTree(app, tree),
       [&] {
         tree.terminal = &out == &std::cout && ::isatty(STDOUT_FILENO) != 0;
         tree.color_forced_off = std::getenv("NO_COLOR") != nullptr;
         return RunTree(tree, io);
       }},
  };
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 wants them reversed
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (const auto& [command, run] : commands) {
    if (command->parsed()) return run();
  }
  return kExitUsage;
}

}  // namespace fib
