// What `check` found, as data for its output formats (text on stderr, GitHub annotations,
// JSON): each problem with the file it is about, and what was checked.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace fib {

struct FileProblem {
  std::string file;  // as the report names it (repository-relative for annotations)
  Diagnostic diagnostic;
};

struct ProblemReport {
  std::vector<FileProblem> problems;
  size_t files = 0;   // files checked
  size_t models = 0;  // models read in them
};

}  // namespace fib
