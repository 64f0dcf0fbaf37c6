#include "emit/problems_json.h"

#include "config/json_quote.h"

namespace fib {

namespace {

std::string Number(bool known, size_t value) { return known ? std::to_string(value) : "null"; }

std::string ProblemJson(const FileProblem& problem) {
  const Diagnostic& diagnostic = problem.diagnostic;
  bool located = diagnostic.where.has_value();
  std::string out = "    {\"file\": " + JsonQuote(problem.file) +
                    ", \"line\": " + Number(located, located ? diagnostic.where->line : 0) +
                    ", \"column\": " + Number(located, located ? diagnostic.where->column : 0) +
                    ", \"severity\": \"" + SeverityName(diagnostic.severity) +
                    "\", \"message\": " + JsonQuote(diagnostic.message);
  if (!diagnostic.notes.empty()) {
    out += ", \"notes\": [";
    for (size_t i = 0; i < diagnostic.notes.size(); ++i) {
      out += (i ? ", " : "") + JsonQuote(diagnostic.notes[i]);
    }
    out += "]";
  }
  if (!diagnostic.help.empty()) out += ", \"help\": " + JsonQuote(diagnostic.help);
  return out + "}";
}

}  // namespace

std::string ProblemsJson(const ProblemReport& report) {
  size_t errors = 0, warnings = 0;
  std::string out = "{\n  \"problems\": [";
  for (size_t i = 0; i < report.problems.size(); ++i) {
    const FileProblem& problem = report.problems[i];
    errors += problem.diagnostic.severity == Severity::kError;
    warnings += problem.diagnostic.severity == Severity::kWarning;
    out += (i ? ",\n" : "\n") + ProblemJson(problem);
  }
  out += report.problems.empty() ? "],\n" : "\n  ],\n";
  out += "  \"summary\": {\"files\": " + std::to_string(report.files) +
         ", \"models\": " + std::to_string(report.models) +
         ", \"errors\": " + std::to_string(errors) + ", \"warnings\": " + std::to_string(warnings) +
         "}\n}\n";
  return out;
}

}  // namespace fib
