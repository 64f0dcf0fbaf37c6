// ModelsDelta → Mermaid: each changed or added model drawn as its new tree, with added,
// removed (old place, dashed) and changed modules coloured, and the change in the label.
#pragma once

#include <string>

#include "model/model_diff.h"

namespace fib {

// One complete `flowchart LR` diagram: a subgraph per changed or added model (removed models
// have no new tree to draw and are named in a comment). "%% no semantic changes" as the
// only node-less diagram content when nothing changed.
std::string DiffMermaid(const ModelsDelta& delta);

// The diagram of one changed or added model on its own, for a Markdown section.
std::string DiffMermaidOfModel(const ModelDelta& model);

}  // namespace fib
