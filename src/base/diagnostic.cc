#include "base/diagnostic.h"

#include "base/code_frame.h"
#include "base/limits.h"
#include "base/utf8.h"

namespace fib {

Diagnostic Error(ErrorKind kind, std::string message, std::string help) {
  Diagnostic diagnostic;
  diagnostic.kind = kind;
  diagnostic.message = std::move(message);
  diagnostic.help = std::move(help);
  return diagnostic;
}

Diagnostic Warning(std::string message, std::string help) {
  Diagnostic diagnostic = Error(ErrorKind::kInput, std::move(message), std::move(help));
  diagnostic.severity = Severity::kWarning;
  return diagnostic;
}

Diagnostic Note(std::string message) {
  Diagnostic diagnostic = Error(ErrorKind::kInput, std::move(message));
  diagnostic.severity = Severity::kNote;
  return diagnostic;
}

Diagnostic Info(std::string message) {
  Diagnostic diagnostic = Error(ErrorKind::kInput, std::move(message));
  diagnostic.severity = Severity::kInfo;
  return diagnostic;
}

namespace {

// Bold red, bold yellow, bold cyan, bold green: the labels compilers use.
std::string Label(const std::string& word, bool color) {
  if (!color) return word + ":";
  const char* code = word == "error"     ? "\033[1;31m"
                     : word == "warning" ? "\033[1;33m"
                     : word == "note"    ? "\033[1;36m"
                                         : "\033[1;32m";
  return code + word + ":\033[0m";
}

// The caret line keeps tabs from the source so the caret lines up under the column.
std::string CaretLine(const std::string& source_line, size_t column) {
  std::string pad;
  size_t seen = 0;
  for (size_t i = 0; i < source_line.size() && seen + 1 < column; ++i) {
    unsigned char c = static_cast<unsigned char>(source_line[i]);
    if (IsUtf8Continuation(c)) continue;
    pad += (c == '\t') ? '\t' : ' ';
    ++seen;
  }
  return pad + "^";
}

}  // namespace

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
    case Severity::kInfo:
      break;
  }
  return "info";
}

std::string Render(const Diagnostic& diagnostic, bool color) {
  std::string out;
  // A status line has no label, and so no colour either.
  std::string label = diagnostic.severity == Severity::kInfo
                          ? ""
                          : Label(SeverityName(diagnostic.severity), color) + " ";
  if (diagnostic.where) {
    const Location& where = *diagnostic.where;
    out += where.path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
           ": " + label + diagnostic.message + "\n";
    std::string number = std::to_string(where.line);
    std::string gutter(number.size(), ' ');
    FrameLine frame = FrameWindow(where.source_line, where.column, kFrameWidth);
    out += " " + number + " | " + frame.text + "\n";
    out += " " + gutter + " | " + CaretLine(frame.text, frame.column) + "\n";
  } else {
    out += "fib-modelgen: " + label + diagnostic.message + "\n";
  }
  for (const std::string& note : diagnostic.notes) out += Label("note", color) + " " + note + "\n";
  if (!diagnostic.help.empty()) out += Label("help", color) + " " + diagnostic.help + "\n";
  return out;
}

std::string RenderAll(const std::vector<Diagnostic>& diagnostics, bool color) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) out += Render(diagnostic, color);
  return out;
}

}  // namespace fib
