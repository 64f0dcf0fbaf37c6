// How entries and new files are printed: prettier's options (defaults as `prettier --write`
// with no configuration uses them) plus where in its file the printed object stands.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "config/prettier_options.h"

namespace fib {

struct PrintStyle {
  std::string base_indent;  // indentation of the object's first line in its file
  size_t print_width = 80;
  size_t tab_width = 2;
  bool use_tabs = false;
  bool semi = true;
  bool single_quote = false;
  QuoteProps quote_props = QuoteProps::kAsNeeded;
  TrailingComma trailing_comma = TrailingComma::kAll;
  bool bracket_spacing = true;

  // One level of indentation: a tab, or tab_width spaces.
  std::string IndentUnit() const { return use_tabs ? "\t" : std::string(tab_width, ' '); }
  // Columns `indent` (tabs and spaces) takes: a tab counts tab_width, as prettier counts it.
  size_t IndentWidth(std::string_view indent) const;
  // The separator after the last property of an object or the last item of an array printed
  // one per line: "," unless trailingComma is "none" ("es5" and "all" agree on both).
  std::string LastSeparator() const {
    return trailing_comma == TrailingComma::kNone ? "" : ",";
  }
};

// prettier's defaults, replaced by each option `options` sets.
PrintStyle StyleFromOptions(const PrettierOptions& options);

}  // namespace fib
