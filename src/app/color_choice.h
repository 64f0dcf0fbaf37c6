// Whether output gets ANSI colour: --color always/never decide; auto colours a terminal
// unless NO_COLOR is set to a non-empty value, and FORCE_COLOR (non-empty, not "0") colours
// even a pipe (https://no-color.org, https://force-color.org).
#pragma once

#include <functional>
#include <string>

namespace fib {

bool UseColor(const std::string& choice, bool is_terminal,
              const std::function<const char*(const char*)>& getenv);

}  // namespace fib
