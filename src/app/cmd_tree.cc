// `fib-modelgen tree`: a model's hierarchy, from a config (generate's flags) or from a file.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/format_settings.h"
#include "app/generation_runner.h"
#include "base/exit_codes.h"
#include "emit/mermaid.h"
#include "emit/tree_json.h"
#include "emit/tree_text.h"
#include "patch/model_reader.h"

namespace fib {

CLI::App* SetupTree(CLI::App& app, TreeCommandOptions& o) {
  CLI::App* c = app.add_subcommand("tree",
                                   "show a model's module tree (from FILE --id ID, or "
                                   "from --config with generate's flags)");
  c->add_option("FILE,--file", o.file, "a models.ts")->default_str(kTargetDefaultHelp);
  c->add_option("--id", o.id, "the model to show from FILE");
  c->add_option("--config", o.config, "config.json or model_architecture.json");
  c->add_option("--sglang-impl", o.sglang_impl, "sglang_implementation.json");
  c->add_option("--model-name", o.model_name, "the id to generate under")->capture_default_str();
  c->add_option("--tp", o.tp, "tensor parallel sizes, or 'auto'")->capture_default_str();
  c->add_option("--ep", o.ep, "expert parallel size")
      ->capture_default_str()
      ->each([&o](const std::string&) { o.ep_given = true; });
  c->add_option("--page-sizes", o.page_sizes, "KV page sizes")->capture_default_str();
  c->add_option("--array", o.array, "the variable holding the models array");
  c->add_flag("--strict", o.strict, "treat every warning as an error");
  c->add_option("--format", o.format, "text, mermaid (a flowchart for GitHub) or json")
      ->check(CLI::IsMember({"text", "mermaid", "json"}))
      ->capture_default_str();
  return c;
}

namespace {

Result<Model> FromConfig(const TreeCommandOptions& options, Io& io) {
  GenerationRequest request;
  request.id = options.model_name;
  Result<Parallelism> parallel =
      ParseParallelism(options.tp, options.ep, options.page_sizes, options.ep_given);
  if (!parallel) return parallel.error();
  request.parallel = *parallel;
  GenerationRunner runner;
  Result<Generation> generated = runner.Run({options.config, "", options.sglang_impl}, request);
  if (!generated) return generated.error();
  Status notes = PrintNotes(*generated, options.strict, io);
  if (!notes) return notes.error();
  return generated->model;
}

Result<Model> FromFile(const TreeCommandOptions& options) {
  Result<ModelsFile> file =
      ModelsFile::Load(options.file, MakeArrayQuery(options.array, true), false);
  if (!file) return file.error();
  ModelReading reading = ReadModels(*file);
  for (const Model& model : reading.models) {
    if (model.id == options.id) return model;
  }
  return Error(ErrorKind::kValidation, "no model with id \"" + options.id + "\" in " + options.file,
               "'fib-modelgen list FILE' shows the ids there are");
}

}  // namespace

Outcome RunTree(const TreeCommandOptions& given, Io& io) {
  // From a config, or from a file: the one named, else the repository's (TargetFile).
  bool from_file = given.config.empty();
  if (from_file ? given.id.empty() : !given.file.empty()) {
    return Report(Error(ErrorKind::kUsage, "tree takes either FILE --id ID or --config PATH",
                        "e.g. fib-modelgen tree models.ts --id llama-3.1-8b"),
                  io);
  }
  Result<ToolDefaults> defaults = RepositoryDefaults();
  if (!defaults) return Report(defaults.error(), io);
  TreeCommandOptions options = given;
  if (from_file) options.file = TargetFile(options.file, *defaults);
  options.array = ArrayName(options.array, *defaults);
  Result<Model> model = from_file ? FromFile(options) : FromConfig(options, io);
  if (!model) return Report(model.error(), io);
  if (options.format == "mermaid") {
    io.out << MermaidFlowchart(*model);
    return Outcome::Success();
  }
  if (options.format == "json") {
    io.out << TreeJson(*model);
    return Outcome::Success();
  }
  TreeStyle style;
  style.box_drawing = options.terminal;
  style.color = options.color;
  io.out << RenderTree(*model, style);
  return Outcome::Success();
}

}  // namespace fib
