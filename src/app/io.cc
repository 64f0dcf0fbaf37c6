#include "app/io.h"

#include "base/exit_codes.h"

namespace fib {

int Report(const Diagnostic& diagnostic, Io& io) {
  io.err << Render(diagnostic, io.color);
  return ExitCodeFor(diagnostic.kind);
}

}  // namespace fib
