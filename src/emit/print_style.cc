#include "emit/print_style.h"

namespace fib {

size_t PrintStyle::IndentWidth(std::string_view indent) const {
  size_t width = 0;
  for (char c : indent) width += c == '\t' ? tab_width : 1;
  return width;
}

PrintStyle StyleFromOptions(const PrettierOptions& options) {
  PrintStyle style;
  style.print_width = options.print_width.value_or(style.print_width);
  style.tab_width = options.tab_width.value_or(style.tab_width);
  style.use_tabs = options.use_tabs.value_or(style.use_tabs);
  style.semi = options.semi.value_or(style.semi);
  style.single_quote = options.single_quote.value_or(style.single_quote);
  style.quote_props = options.quote_props.value_or(style.quote_props);
  style.trailing_comma = options.trailing_comma.value_or(style.trailing_comma);
  style.bracket_spacing = options.bracket_spacing.value_or(style.bracket_spacing);
  return style;
}

}  // namespace fib
