#include "app/flag_values.h"

#include <cstdlib>

namespace fib {

namespace {

// "-1" and "-0.5" are values; "-x" and "--dry-run" look like options.
bool LooksLikeOption(const std::string& arg) {
  if (arg.size() < 2 || arg[0] != '-') return false;
  char* end = nullptr;
  std::strtod(arg.c_str(), &end);
  return *end != '\0';
}

const CLI::Option* OptionNamed(CLI::App& app, CLI::App* command, const std::string& name) {
  const CLI::Option* option = command ? command->get_option_no_throw(name) : nullptr;
  return option ? option : app.get_option_no_throw(name);
}

}  // namespace

std::optional<Diagnostic> CheckFlagLikeValues(CLI::App& app, const std::vector<std::string>& args) {
  CLI::App* command = nullptr;
  for (CLI::App* candidate : app.get_subcommands([](CLI::App*) { return true; })) {
    if (!args.empty() && candidate->get_name() == args[0]) command = candidate;
  }
  for (size_t i = 0; i + 1 < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") break;
    if (arg.rfind("-", 0) != 0 || arg.find('=') != std::string::npos) continue;
    const CLI::Option* option = OptionNamed(app, command, arg);
    if (!option || option->get_items_expected_min() == 0) continue;  // a flag
    if (!LooksLikeOption(args[i + 1])) continue;
    return Error(ErrorKind::kUsage,
                 "option '" + arg + "' needs a value, got the option '" + args[i + 1] + "'",
                 "give " + arg + " its value; a value that starts with '-' goes after '=' (" + arg +
                     "=" + args[i + 1] + ")");
  }
  return std::nullopt;
}

}  // namespace fib
