#include "emit/diff_mermaid.h"

#include <algorithm>
#include <map>

#include "emit/mermaid.h"

namespace fib {

namespace {

std::string Title(const Module& module, const ModuleDelta* delta) {
  std::string count = "×" + std::to_string(module.count);
  if (delta && delta->count_changed)
    count = "×" + std::to_string(delta->before->count) + " → " + count;
  std::string title = module.key + " " + count;
  if (delta && delta->type_changed) title += " (" + delta->before->type + " → " + module.type + ")";
  return title;
}

// A node's lines: the title, kept names, "+ name" for added ones, "− name" for removed ones.
MermaidNode NodeFor(const Module& module, const ModuleDelta* delta) {
  MermaidNode node{
      module.key, module.parent, std::nullopt, {Title(module, delta)}, MermaidStyleOf(module)};
  std::vector<std::string> added = delta ? delta->definitions_added : std::vector<std::string>{};
  if (module.definitions) {
    for (const std::string& name : *module.definitions) {
      bool is_new = std::find(added.begin(), added.end(), name) != added.end();
      node.lines.push_back((is_new && delta->kind == DeltaKind::kChanged ? "+ " : "") + name);
    }
  }
  if (!delta) return node;
  for (const std::string& name : delta->definitions_removed) {
    node.lines.push_back((delta->kind == DeltaKind::kRemoved ? "" : "− ") + name);
  }
  if (delta->moved) node.old_parent = delta->before->parent;
  node.style = delta->kind == DeltaKind::kAdded     ? "added"
               : delta->kind == DeltaKind::kRemoved ? "removed"
                                                    : "changed";
  return node;
}

std::vector<MermaidNode> NodesOf(const ModelDelta& model) {
  std::map<std::string, const ModuleDelta*> deltas;
  for (const ModuleDelta& delta : model.modules) deltas.emplace(delta.key, &delta);
  std::vector<MermaidNode> nodes;
  for (const Module& module : model.after->modules) {
    auto it = deltas.find(module.key);
    nodes.push_back(NodeFor(module, it == deltas.end() ? nullptr : it->second));
  }
  for (const ModuleDelta& delta : model.modules) {
    if (delta.kind == DeltaKind::kRemoved) nodes.push_back(NodeFor(*delta.before, &delta));
  }
  return nodes;
}

}  // namespace

std::string DiffMermaidOfModel(const ModelDelta& model) {
  return "%% " + model.id + "\nflowchart LR\n" + MermaidGraphLines(NodesOf(model), "m", "  ") +
         MermaidClassDefs("  ");
}

std::string DiffMermaid(const ModelsDelta& delta) {
  std::string out = "flowchart LR\n";
  size_t drawn = 0;
  for (size_t i = 0; i < delta.models.size(); ++i) {
    const ModelDelta& model = delta.models[i];
    if (!model.after) {
      out += "  %% removed: " + model.id + "\n";
      continue;
    }
    std::string prefix = "s" + std::to_string(i) + "m";
    out += "  subgraph s" + std::to_string(i) + "[\"" +
           MermaidEscape((model.kind == DeltaKind::kAdded ? "added: " : "changed: ") + model.id) +
           "\"]\n" + MermaidGraphLines(NodesOf(model), prefix, "    ") + "  end\n";
    ++drawn;
  }
  if (drawn == 0) out += "  %% no semantic changes\n";
  return out + MermaidClassDefs("  ");
}

}  // namespace fib
