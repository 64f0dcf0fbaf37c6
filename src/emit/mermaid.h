// Model → Mermaid `flowchart LR` text, which GitHub renders in PR descriptions, comments and
// $GITHUB_STEP_SUMMARY. Left to right because a real model's tree is far wider than deep.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace fib {

// One box: its module key (edges follow keys), the label's lines and its style class.
struct MermaidNode {
  std::string key;
  std::optional<std::string> parent;
  std::optional<std::string> old_parent;  // drawn as a dotted "was" edge (a moved module)
  std::vector<std::string> lines;         // first line is the title; plain text, escaped here
  std::string style;                      // one of the classes MermaidClassDefs defines
};

// The nodes of `model` in module order: "key ×count", then each definition name; styled
// "block", "mapped" (a layer with definitions) or "unmapped" (a layer without).
std::vector<MermaidNode> MermaidNodesOf(const Model& model);

// The style class of a module as MermaidNodesOf picks it.
std::string MermaidStyleOf(const Module& module);

// Node and edge lines, each starting with `indent`; node ids are `prefix` + position, so
// several graphs can share one diagram.
std::string MermaidGraphLines(const std::vector<MermaidNode>& nodes, const std::string& prefix,
                              const std::string& indent);

// The classDef lines for every style (block, mapped, unmapped, added, removed, changed).
std::string MermaidClassDefs(const std::string& indent);

// A whole diagram of one model: a comment naming it, `flowchart LR`, its nodes, the styles.
std::string MermaidFlowchart(const Model& model);

// `text` made safe inside a quoted Mermaid label (quotes, angle brackets, '#', '&', '`').
std::string MermaidEscape(const std::string& text);

}  // namespace fib
