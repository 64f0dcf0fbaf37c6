// The one table of exit codes (documented in README.md), and the one place a command's
// outcome becomes one: commands return an Outcome, RunCli calls ExitCodeOf.
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

// How a command ended: it did its job, it found a difference (--check, --dry-run, diff), or
// it failed with an error of some kind (already reported).
class Outcome {
 public:
  static Outcome Success() { return Outcome(State::kSuccess, ErrorKind::kInternal); }
  static Outcome Differences() { return Outcome(State::kDifferences, ErrorKind::kInternal); }
  // Differences when `differ`, else Success.
  static Outcome Compared(bool differ) { return differ ? Differences() : Success(); }
  static Outcome Failure(ErrorKind kind) { return Outcome(State::kFailure, kind); }

  bool succeeded() const { return state_ == State::kSuccess; }
  bool failed() const { return state_ == State::kFailure; }
  // The exit code: 0, 1, or ExitCodeFor the failure's kind.
  int ExitCode() const;

 private:
  enum class State { kSuccess, kDifferences, kFailure };
  Outcome(State state, ErrorKind kind) : state_(state), kind_(kind) {}
  State state_;
  ErrorKind kind_;
};

}  // namespace fib
