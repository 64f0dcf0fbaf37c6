#include "app/problem_output.h"

#include "base/repo_root.h"
#include "emit/problems_github.h"
#include "emit/problems_json.h"

namespace fib {

FileProblem ProblemIn(const std::string& file, Diagnostic diagnostic) {
  std::string path = diagnostic.where ? diagnostic.where->path : file;
  return {RepoRelativePath(path), std::move(diagnostic)};
}

void PrintProblems(const ProblemReport& report, const std::string& format, const std::string& title,
                   Io& io) {
  if (format == "github") {
    io.out << GithubAnnotations(report, title);
  } else if (format == "json") {
    io.out << ProblemsJson(report);
  } else {
    for (const FileProblem& problem : report.problems) Print(problem.diagnostic, io);
  }
}

}  // namespace fib
