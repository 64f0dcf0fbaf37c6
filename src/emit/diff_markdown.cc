#include "emit/diff_markdown.h"

#include "emit/diff_mermaid.h"
#include "emit/diff_text.h"

namespace fib {

namespace {

std::string Code(const std::string& text) { return "`" + text + "`"; }

std::string Names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + Code(name);
  return out;
}

const char* Word(DeltaKind kind) {
  switch (kind) {
    case DeltaKind::kAdded:
      return "added";
    case DeltaKind::kRemoved:
      return "removed";
    case DeltaKind::kChanged:
      break;
  }
  return "changed";
}

std::string ModuleTable(const ModelDelta& model) {
  if (model.modules.empty()) return "";
  std::string out = "| module | change |\n|---|---|\n";
  for (const ModuleDelta& module : model.modules) {
    std::string change = DescribeModuleChange(module, "`");
    if (module.kind != DeltaKind::kChanged) change = std::string(Word(module.kind)) + ": " + change;
    out += "| " + Code(module.key) + " | " + change + " |\n";
  }
  return out + "\n";
}

std::string ModelSection(const ModelDelta& model) {
  const Model& shown = model.after ? *model.after : *model.before;
  std::string out =
      "#### " + std::string(Word(model.kind)) + ": " + Code(model.id) + " (" + shown.name + ")\n\n";
  if (model.kind == DeltaKind::kRemoved) {
    return out + Plural(shown.modules.size(), "module") + " and " +
           Plural(MappedNames(shown).size(), "definition") + " removed.\n\n";
  }
  if (model.name_changed) out += "Name: " + model.before->name + " → " + shown.name + "\n\n";
  if (model.description_changed) out += "The description changed.\n\n";
  if (model.kind == DeltaKind::kChanged) out += ModuleTable(model);
  if (!model.definitions_added.empty())
    out += "Definitions added: " + Names(model.definitions_added) + "\n\n";
  if (!model.definitions_removed.empty())
    out += "Definitions removed: " + Names(model.definitions_removed) + "\n\n";
  return out + "```mermaid\n" + DiffMermaidOfModel(model) + "```\n\n";
}

}  // namespace

std::string DiffMarkdown(const ModelsDelta& delta, const std::string& title) {
  std::string out = "### Models in " + Code(title) + ": ";
  if (delta.empty()) {
    return out + "no semantic changes (" + std::to_string(delta.unchanged) + " unchanged)\n";
  }
  out += CountModels(delta) + "\n\n";
  for (const ModelDelta& model : delta.models) out += ModelSection(model);
  return out;
}

}  // namespace fib
