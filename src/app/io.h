// What every subcommand gets: its output streams, and one way to report a failure.
#pragma once

#include <ostream>

#include "base/diagnostic.h"

namespace fib {

struct Io {
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;
  bool color = false;  // colour diagnostics (--color, NO_COLOR, FORCE_COLOR, a terminal)
};

// Prints `diagnostic` to io.err and returns the exit code for its kind.
int Report(const Diagnostic& diagnostic, Io& io);

}  // namespace fib
