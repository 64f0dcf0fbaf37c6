// --output-format text|github|json: where and how a command's problems are printed. Text is
// the diagnostics on stderr; github is one workflow command per problem on stdout (annotations
// on the PR's files); json is one document on stdout.
#pragma once

#include <string>

#include "app/io.h"
#include "base/problem_report.h"

namespace fib {

inline constexpr const char* kOutputFormatHelp =
    "text (diagnostics on stderr), github (GitHub Actions annotations on stdout) or json";

// A problem about `file` (the one being checked): named by the path of its location when it
// has one, else `file`, relative to the repository root (base/repo_root.h).
FileProblem ProblemIn(const std::string& file, Diagnostic diagnostic);

// Prints the problems of `report` in `format`; `title` is the annotations' title.
void PrintProblems(const ProblemReport& report, const std::string& format, const std::string& title,
                   Io& io);

}  // namespace fib
