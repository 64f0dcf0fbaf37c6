#include "app/io.h"

namespace fib {

void Print(const Diagnostic& diagnostic, Io& io) { io.err << Render(diagnostic, io.color); }

void PrintAll(const std::vector<Diagnostic>& diagnostics, Io& io) {
  io.err << RenderAll(diagnostics, io.color);
}

Outcome Report(const Diagnostic& diagnostic, Io& io) {
  Print(diagnostic, io);
  return Outcome::Failure(diagnostic.kind);
}

}  // namespace fib
