#include "app/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <new>
#include <stdexcept>

#include "app/cli_help.h"
#include "app/color_choice.h"
#include "app/commands.h"
#include "app/flag_values.h"
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

namespace {

// No exception reaches the user as a crash: whatever escapes a command (none should; the
// limits in base/limits.h keep allocations bounded) is reported as an internal error.
Outcome RunGuarded(const std::function<Outcome()>& run, Io& io) {
  try {
    return run();
  } catch (const std::bad_alloc&) {
    return Report(Error(ErrorKind::kInternal, "out of memory; nothing was written",
                        "this input needs more memory than the machine has"),
                  io);
  } catch (const std::exception& error) {
    return Report(Error(ErrorKind::kInternal,
                        std::string("internal error: ") + error.what() + "; nothing was written",
                        "this is a bug in fib-modelgen; please report it with the input files"),
                  io);
  }
}

}  // namespace

int RunCli(const std::vector<std::string>& given, std::ostream& out, std::ostream& err) {
  std::vector<std::string> args = NormalizeHelpArgs(given);
  CLI::App app("fib-modelgen: generate FlashInfer-Bench model entries and edit models.ts safely",
               "fib-modelgen");
  app.require_subcommand(1);
  app.set_version_flag("-V,--version", "fib-modelgen " FIB_VERSION);
  std::string color = "auto";
  app.add_option("--color", color, "colour diagnostics and trees: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.fallthrough();
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
  const std::vector<std::pair<CLI::App*, std::function<Outcome()>>> commands = {
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
         tree.color = UseColor(color, tree.terminal, std::getenv);
         return RunTree(tree, io);
       }},
  };
  DescribeCommands(app);
  if (std::optional<Diagnostic> unknown = CheckNames(app, args)) {
    return Report(*unknown, io).ExitCode();
  }
  if (std::optional<Diagnostic> flag = CheckFlagLikeValues(app, args)) {
    return Report(*flag, io).ExitCode();
  }
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 wants them reversed
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    bool help = app.exit(error, out, err) == 0;
    // No arguments at all is a usage error, even though it prints the help.
    return (help && !given.empty() ? Outcome::Success() : Outcome::Failure(ErrorKind::kUsage))
        .ExitCode();
  }
  io.color = UseColor(color, io.err_is_terminal, std::getenv);
  for (const auto& [command, run] : commands) {
    if (command->parsed()) return RunGuarded(run, io).ExitCode();
  }
  return Outcome::Failure(ErrorKind::kUsage).ExitCode();
}

}  // namespace fib
