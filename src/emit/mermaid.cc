#include "emit/mermaid.h"

#include <map>

namespace fib {

std::string MermaidEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      // Mermaid's entity codes: a literal quote would end the label, '<' and '&' would be
      // read as HTML, '#' starts an entity, a leading '`' makes a markdown string.
      case '"':
        out += "#34;";
        break;
      case '#':
        out += "#35;";
        break;
      case '&':
        out += "#38;";
        break;
      case '<':
        out += "#60;";
        break;
      case '>':
        out += "#62;";
        break;
      case '`':
        out += "#96;";
        break;
      case '\n':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string MermaidStyleOf(const Module& module) {
  if (module.type != "layer") return "block";
  return module.definitions && !module.definitions->empty() ? "mapped" : "unmapped";
}

std::vector<MermaidNode> MermaidNodesOf(const Model& model) {
  std::vector<MermaidNode> nodes;
  for (const Module& module : model.modules) {
    MermaidNode node{module.key, module.parent, std::nullopt, {}, MermaidStyleOf(module)};
    node.lines.push_back(module.key + " ×" + std::to_string(module.count));
    if (module.definitions) {
      node.lines.insert(node.lines.end(), module.definitions->begin(), module.definitions->end());
    }
    nodes.push_back(std::move(node));
  }
  return nodes;
}

std::string MermaidGraphLines(const std::vector<MermaidNode>& nodes, const std::string& prefix,
                              const std::string& indent) {
  std::map<std::string, std::string> ids;
  for (size_t i = 0; i < nodes.size(); ++i) ids.emplace(nodes[i].key, prefix + std::to_string(i));
  std::string out;
  for (const MermaidNode& node : nodes) {
    std::string label;
    for (const std::string& line : node.lines) {
      label += label.empty() ? "<b>" + MermaidEscape(line) + "</b>" : "<br/>" + MermaidEscape(line);
    }
    out += indent + ids[node.key] + "[\"" + label + "\"]:::" + node.style + "\n";
  }
  for (const MermaidNode& node : nodes) {
    if (node.parent && ids.count(*node.parent)) {
      out += indent + ids[*node.parent] + " --> " + ids[node.key] + "\n";
    }
    if (node.old_parent && ids.count(*node.old_parent)) {
      out += indent + ids[*node.old_parent] + " -. was .-> " + ids[node.key] + "\n";
    }
  }
  return out;
}

std::string MermaidClassDefs(const std::string& indent) {
  // Colours readable on GitHub's light and dark themes; the dashed outline says "nothing
  // here" without relying on colour alone.
  static const char* const kStyles[][2] = {
      {"block", "fill:#eef2f7,stroke:#5b6b82,color:#1a202c"},
      {"mapped", "fill:#dcf5e3,stroke:#2f855a,color:#1a202c"},
      {"unmapped", "fill:#f7f7f7,stroke:#a0aec0,color:#4a5568,stroke-dasharray:4 3"},
      {"added", "fill:#b7f0c8,stroke:#1a7f37,color:#1a202c,stroke-width:3px"},
      {"removed",
       "fill:#ffd7d5,stroke:#cf222e,color:#1a202c,stroke-width:3px,stroke-dasharray:6 3"},
      {"changed", "fill:#fff1c2,stroke:#bf8700,color:#1a202c,stroke-width:3px"},
  };
  std::string out;
  for (const auto& style : kStyles) out += indent + "classDef " + style[0] + " " + style[1] + "\n";
  return out;
}

std::string MermaidFlowchart(const Model& model) {
  return "%% " + model.id + ": " + model.name + "\nflowchart LR\n" +
         MermaidGraphLines(MermaidNodesOf(model), "m", "  ") + MermaidClassDefs("  ");
}

}  // namespace fib
