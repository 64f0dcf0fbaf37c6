// The one table of exit codes (documented in README.md). Only main/RunCli picks one.
#pragma once

#include "base/diagnostic.h"

namespace fib {

enum ExitCode : int {
  kExitOk = 0,
  kExitDifferences = 1,  // --check / --dry-run found that the file would change
  kExitUsage = 2,        // bad command line (CLI11 errors are mapped here too)
  kExitIo = 3,           // an input could not be read
  kExitInput = 4,        // an input file is malformed (entry JSON, config)
  kExitSyntax = 5,       // models.ts does not parse, or has no single models array
  kExitValidation = 6,   // models fail validation (check problems, duplicate ids)
  kExitWrite = 7,        // the target could not be written
  kExitVerify = 8,       // the edited text failed re-validation; nothing was written
  kExitInternal = 9,     // an unexpected internal failure (out of memory, a bug)
};

// The exit code for a failure of `kind`.
int ExitCodeFor(ErrorKind kind);

}  // namespace fib
