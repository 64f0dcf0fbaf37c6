// Model → TypeScript object literal, byte-for-byte as prettier 3 prints it with the web
// app's settings (printWidth 100, 2 spaces, double quotes, no semicolons, trailing commas).
#pragma once

#include <string>
#include <vector>

#include "model/model.h"

namespace fib {

struct PrintStyle {
  std::string base_indent;  // indentation of the object's first line in its file
  size_t print_width = 100;
  std::string indent_unit = "  ";
};

// The object literal; its first line carries no indentation (the caller places it), later
// lines start with `style.base_indent`. Lines are separated by "\n"; no trailing newline.
std::string PrintModelObject(const Model& model, const PrintStyle& style);

}  // namespace fib
