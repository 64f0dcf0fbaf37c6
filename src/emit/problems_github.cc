#include "emit/problems_github.h"

namespace fib {

namespace {

std::string Escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* CommandFor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
    case Severity::kInfo:
      break;
  }
  return "notice";
}

}  // namespace

std::string EscapeAnnotationData(std::string_view text) { return Escape(text, false); }

std::string EscapeAnnotationProperty(std::string_view text) { return Escape(text, true); }

std::string GithubAnnotation(const FileProblem& problem, const std::string& title) {
  const Diagnostic& diagnostic = problem.diagnostic;
  std::string properties = "file=" + EscapeAnnotationProperty(problem.file);
  if (diagnostic.where) {
    properties += ",line=" + std::to_string(diagnostic.where->line) +
                  ",col=" + std::to_string(diagnostic.where->column);
  }
  properties += ",title=" + EscapeAnnotationProperty(title);
  // The annotation shows the whole message: the notes and the advice belong in it.
  std::string message = diagnostic.message;
  for (const std::string& note : diagnostic.notes) message += "\nnote: " + note;
  if (!diagnostic.help.empty()) message += "\nhelp: " + diagnostic.help;
  return std::string("::") + CommandFor(diagnostic.severity) + " " + properties +
         "::" + EscapeAnnotationData(message) + "\n";
}

std::string GithubAnnotations(const ProblemReport& report, const std::string& title) {
  std::string out;
  for (const FileProblem& problem : report.problems) out += GithubAnnotation(problem, title);
  return out;
}

}  // namespace fib
