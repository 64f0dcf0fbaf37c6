#include "arch/generate.h"

#include "arch/detect.h"
#include "arch/identity.h"
#include "arch/parallelism_check.h"
#include "arch/sglang_naming.h"
#include "arch/sizing.h"
#include "arch/tree_builder.h"
#include "base/text_lines.h"
#include "model/validate.h"

namespace fib {

namespace {

std::string JoinProblems(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& problem : problems) out += (out.empty() ? "" : "; ") + problem.message;
  return out;
}

// --tp auto replaces TP and EP; an --ep the user gave is overridden, which they should know.
Parallelism Resolve(const Parallelism& asked, const ArchFacts& facts,
                    std::vector<Diagnostic>& warnings) {
  if (!asked.auto_sized) return asked;
  Parallelism sized = SuggestParallelism(facts);
  sized.page_sizes = asked.page_sizes;
  if (asked.ep_given && asked.ep != sized.ep) {
    warnings.push_back(Warning("--ep " + std::to_string(asked.ep) +
                               " is overridden by --tp auto, "
                               "which chose " +
                               ShapeSummary(sized) +
                               " from the model's size; give --tp explicitly to keep --ep"));
  }
  return sized;
}

// The entry itself, checked by the same rules as `check` before anything can be written.
Result<Model> BuildModel(const GenerationRequest& request, const ArchFacts& facts,
                         const Parallelism& parallel, std::vector<Unmapped>& unmapped,
                         std::vector<Diagnostic>& warnings) {
  Model model;
  model.id = request.id;
  model.name = request.name.value_or(DisplayNameFromId(request.id));
  model.description = request.description.value_or(DescribeModel(facts, parallel));
  ModuleTree tree = BuildModuleTree(facts, {parallel, request.sampling});
  model.modules = std::move(tree.modules);
  unmapped = std::move(tree.unmapped);
  if (request.sglang) RenameKeys(model.modules, *request.sglang, warnings);
  std::vector<Problem> problems = ValidateModel(model);
  if (!problems.empty()) {
    return Error(ErrorKind::kVerify,
                 "the generated model fails validation: " + JoinProblems(problems),
                 "this is a bug in fib-modelgen; please report it with the config");
  }
  return model;
}

}  // namespace

Result<Generation> Generate(const GenerationRequest& request) {
  std::vector<Problem> id_problems = ValidateId(request.id, kNoOffset);
  if (!id_problems.empty()) {
    return Error(ErrorKind::kUsage, "--model-name: " + id_problems.front().message,
                 "use an id like 'llama-3.1-8b'");
  }
  Result<ArchFacts> facts = DetectArchitecture(*request.config);
  if (!facts) return facts.error();
  Generation generation;
  generation.warnings = facts->warnings;
  generation.parallel = Resolve(request.parallel, *facts, generation.warnings);
  if (request.sglang) {
    ApplySglangIdentity(*request.sglang, request.id, *facts, generation.warnings);
    CheckKernelCalls(*request.sglang, *facts, generation.parallel, generation.warnings);
  }
  Status parallel = CheckParallelism(*facts, generation.parallel, request.config->path);
  if (!parallel) return parallel.error();
  Result<Model> model =
      BuildModel(request, *facts, generation.parallel, generation.unmapped, generation.warnings);
  if (!model) return model.error();
  generation.model = std::move(*model);
  // A file name may hold a line break; the marker is a `//` comment and must stay one line.
  std::string label =
      OnOneLine(request.source_label.empty() ? request.config->path : request.source_label);
  generation.marker =
      "// fib-modelgen: generated from " + label + " (" + ShapeSummary(generation.parallel) + ")";
  generation.facts = std::move(*facts);
  return generation;
}

Status StrictCheck(const Generation& generation) {
  if (generation.warnings.empty()) return Ok{};
  Diagnostic error = Error(ErrorKind::kInput,
                           "--strict: " + std::to_string(generation.warnings.size()) +
                               " warning(s) for \"" + generation.model.id + "\"",
                           "resolve the warnings, or drop --strict to accept them");
  for (const Diagnostic& warning : generation.warnings) error.notes.push_back(warning.message);
  return error;
}

}  // namespace fib
