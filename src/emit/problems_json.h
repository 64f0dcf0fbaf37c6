// Problems as one JSON document, for tools that read check's findings:
//   {"problems": [{"file", "line", "column", "severity", "message", "notes"?, "help"?}, ...],
//    "summary": {"files", "models", "errors", "warnings"}}
// line and column are null for a problem without a place (a file that cannot be read).
#pragma once

#include <string>

#include "base/problem_report.h"

namespace fib {

// The document, pretty-printed with 2 spaces and a final newline.
std::string ProblemsJson(const ProblemReport& report);

}  // namespace fib
