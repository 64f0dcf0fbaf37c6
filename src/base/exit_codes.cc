#include "base/exit_codes.h"

namespace fib {

int ExitCodeFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kUsage:
      return kExitUsage;
    case ErrorKind::kIo:
      return kExitIo;
    case ErrorKind::kInput:
      return kExitInput;
    case ErrorKind::kSyntax:
      return kExitSyntax;
    case ErrorKind::kValidation:
      return kExitValidation;
    case ErrorKind::kWrite:
      return kExitWrite;
    case ErrorKind::kVerify:
      return kExitVerify;
    case ErrorKind::kInternal:
      return kExitInternal;
  }
  return kExitInput;
}

int Outcome::ExitCode() const {
  switch (state_) {
    case State::kSuccess:
      return kExitOk;
    case State::kDifferences:
      return kExitDifferences;
    case State::kFailure:
      break;
  }
  return ExitCodeFor(kind_);
}

}  // namespace fib
