// What every subcommand gets: its output streams, and the one way to say something on stderr.
#pragma once

#include <ostream>
#include <vector>

#include "base/diagnostic.h"
#include "base/exit_codes.h"

namespace fib {

struct Io {
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;
  bool color = false;  // colour diagnostics (--color, NO_COLOR, FORCE_COLOR, a terminal)
};

// Prints `diagnostic` (an error, warning, note or status line) to io.err.
void Print(const Diagnostic& diagnostic, Io& io);
void PrintAll(const std::vector<Diagnostic>& diagnostics, Io& io);

// Prints `diagnostic` to io.err; the command fails with its kind.
Outcome Report(const Diagnostic& diagnostic, Io& io);

}  // namespace fib
