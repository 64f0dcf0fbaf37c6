// The part of a source line a diagnostic shows: the whole line when it is short, else a
// window of kFrameWidth code points around the column with "..." where it was cut, so that a
// 50 MB line costs a line of output, not 50 MB.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fib {

struct FrameLine {
  std::string text;   // what is printed after the gutter
  size_t column = 1;  // the caret's 1-based code-point column within `text`
};

// The window of `line` around 1-based code-point `column`, at most `width` code points of the
// line plus the "..." markers.
FrameLine FrameWindow(std::string_view line, size_t column, size_t width);

}  // namespace fib
