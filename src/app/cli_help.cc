#include "app/cli_help.h"

#include <map>

#include "base/suggest.h"

namespace fib {

namespace {

const std::function<bool(CLI::App*)> kAll;
const std::function<bool(CLI::Option*)> kAllOptions;

// One example per subcommand, as a maintainer would type it.
const std::map<std::string, std::string>& Examples() {
  static const std::map<std::string, std::string> examples = {
      {"generate",
       "fib-modelgen generate --config ~/models/Qwen3-8B/config.json --model-name qwen3-8b --tp "
       "1,2"},
      {"refresh", "fib-modelgen refresh --check"},
      {"upsert", "fib-modelgen upsert --model entry.json --file web/apps/web/data/models.ts"},
      {"remove", "fib-modelgen remove --id qwen3-8b --file web/apps/web/data/models.ts"},
      {"list", "fib-modelgen list web/apps/web/data/models.ts --format json"},
      {"check", "fib-modelgen check web/apps/web/data/models.ts"},
      {"coverage",
       "fib-modelgen coverage web/apps/web/data/models.ts --definitions tmp/flashinfer-trace"},
      {"tree", "fib-modelgen tree --config config.json --model-name deepseek-v3 --tp auto"},
      {"diff", "fib-modelgen diff HEAD:web/apps/web/data/models.ts web/apps/web/data/models.ts"},
  };
  return examples;
}

constexpr const char* kExitCodes =
    "Exit codes: 0 ok, 1 --check/--dry-run found a difference, 2 bad command line, 3 input "
    "unreadable, 4 input malformed, 5 models.ts does not parse, 6 validation failed, 7 target "
    "not writable, 8 edit failed re-validation (a bug)";

std::vector<std::string> CommandNames(CLI::App& app) {
  std::vector<std::string> names;
  for (CLI::App* command : app.get_subcommands(kAll)) names.push_back(command->get_name());
  return names;
}

std::string Suggestion(const std::string& word, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (name.rfind(word, 0) == 0 && word.size() >= 2) return name;  // a prefix: "gen"
  }
  return ClosestMatch(word, names);
}

Diagnostic Unknown(const std::string& what, const std::string& word,
                   const std::vector<std::string>& names, const std::string& help) {
  std::string closest = Suggestion(word, names);
  return Error(ErrorKind::kUsage,
               "unknown " + what + " '" + word + "'" +
                   (closest.empty() ? "" : "; did you mean '" + closest + "'?"),
               help);
}

// Every long flag the command (and the app around it) accepts.
std::vector<std::string> FlagNames(CLI::App& app, CLI::App* command) {
  std::vector<std::string> names;
  for (CLI::App* scope : {&app, command}) {
    for (const CLI::Option* option : scope->get_options(kAllOptions)) {
      for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    }
  }
  return names;
}

}  // namespace

std::vector<std::string> NormalizeHelpArgs(std::vector<std::string> args) {
  if (args.empty()) return {"--help"};
  if (args[0] != "help") return args;
  return args.size() > 1 ? std::vector<std::string>{args[1], "--help"}
                         : std::vector<std::string>{"--help"};
}

std::optional<Diagnostic> CheckNames(CLI::App& app, const std::vector<std::string>& args) {
  if (args.empty() || args[0].rfind("-", 0) == 0) return std::nullopt;
  CLI::App* command = nullptr;
  try {
    command = app.get_subcommand(args[0]);
  } catch (const CLI::OptionNotFound&) {
    return Unknown("command", args[0], CommandNames(app), "'fib-modelgen help' lists them");
  }
  std::vector<std::string> flags = FlagNames(app, command);
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (arg.rfind("--", 0) != 0) continue;
    std::string name = arg.substr(0, arg.find('='));
    if (std::find(flags.begin(), flags.end(), name) == flags.end()) {
      return Unknown("option", name, flags,
                     "'fib-modelgen help " + args[0] + "' lists the options");
    }
  }
  return std::nullopt;
}

void DescribeCommands(CLI::App& app) {
  app.footer("Run 'fib-modelgen help COMMAND' for a command's options and an example.\n" +
             std::string(kExitCodes));
  for (CLI::App* command : app.get_subcommands(kAll)) {
    auto example = Examples().find(command->get_name());
    command->footer((example == Examples().end() ? "" : "Example:\n  " + example->second + "\n") +
                    std::string(kExitCodes));
    for (CLI::Option* option : command->get_options(kAllOptions)) {
      const std::string& name = option->get_name();
      bool path = name == "FILE" || name == "--config" || name == "--output" ||
                  name == "--manifest" || name == "--model" || name == "--sglang-impl" ||
                  name == "--definitions" || name == "--file";
      if (path) option->type_name("PATH");
    }
  }
}

}  // namespace fib
