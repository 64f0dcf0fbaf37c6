// Model → TypeScript object literal, byte for byte as prettier 3 prints it with the style's
// options (emit/print_style.h).
#pragma once

#include <string>

#include "emit/print_style.h"
#include "model/model.h"

namespace fib {

// The object literal; its first line carries no indentation (the caller places it), later
// lines start with `style.base_indent`. Lines are separated by "\n"; no trailing newline.
std::string PrintModelObject(const Model& model, const PrintStyle& style);

}  // namespace fib
