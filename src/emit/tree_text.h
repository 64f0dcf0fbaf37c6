// A model's module hierarchy as an indented tree, for `fib-modelgen tree`.
#pragma once

#include <string>

#include "model/model.h"

namespace fib {

struct TreeStyle {
  bool box_drawing = false;  // ├── └── │ on a terminal; two-space indentation when piped
  bool color = false;        // ANSI colour: blocks bold, counts dim, definitions green
};

// One line per module: `key (type ×count)` then `: name, name` for layers with definitions.
// Children follow their parent in module order; every root starts a tree.
std::string RenderTree(const Model& model, const TreeStyle& style);

}  // namespace fib
