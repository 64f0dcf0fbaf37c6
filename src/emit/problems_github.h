// Problems as GitHub Actions workflow commands, one per problem, which GitHub shows as
// annotations on the pull request's files:
//   ::error file=PATH,line=L,col=C,title=TITLE::MESSAGE
// (::warning for warnings, ::notice for notes), escaped as GitHub's toolkit escapes them.
#pragma once

#include <string>
#include <string_view>

#include "base/problem_report.h"

namespace fib {

// A command's data (the message): '%', CR and LF as %25, %0D, %0A.
std::string EscapeAnnotationData(std::string_view text);

// A property's value (file, title): the same, and ':' and ',' as %3A and %2C.
std::string EscapeAnnotationProperty(std::string_view text);

// The workflow command for one problem: its file, line and column when located (the file
// alone when not), `title`, and the message followed by its notes and help on their own lines.
std::string GithubAnnotation(const FileProblem& problem, const std::string& title);

// One line per problem of `report`, in order.
std::string GithubAnnotations(const ProblemReport& report, const std::string& title);

}  // namespace fib
