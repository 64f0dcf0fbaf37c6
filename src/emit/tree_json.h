// Model → its module hierarchy as nested JSON, for `tree --format json`: what a script
// walking the tree wants, where Model JSON (`list --format json`) is flat.
#pragma once

#include <string>

#include "model/model.h"

namespace fib {

// {"id", "name", "tree": [{"key", "type", "count", "definitions"?, "children": [...]}]},
// two-space indented, with a final newline. Roots are the modules without a parent, children
// follow module order; "definitions" is absent where the module has none.
std::string TreeJson(const Model& model);

}  // namespace fib
