#include "base/diagnostic.h"

#include "base/utf8.h"

namespace fib {

Diagnostic Error(ErrorKind kind, std::string message, std::string help) {
  Diagnostic diagnostic;
  diagnostic.kind = kind;
  diagnostic.message = std::move(message);
  diagnostic.help = std::move(help);
  return diagnostic;
}

namespace {

const char* SeverityWord(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
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

std::string Render(const Diagnostic& diagnostic) {
  std::string out;
  const char* word = SeverityWord(diagnostic.severity);
  if (diagnostic.where) {
    const Location& where = *diagnostic.where;
    out += where.path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
           ": " + word + ": " + diagnostic.message + "\n";
    std::string number = std::to_string(where.line);
    std::string gutter(number.size(), ' ');
    out += " " + number + " | " + where.source_line + "\n";
    out += " " + gutter + " | " + CaretLine(where.source_line, where.column) + "\n";
  } else {
    out += std::string("fib-modelgen: ") + word + ": " + diagnostic.message + "\n";
  }
  for (const std::string& note : diagnostic.notes) out += "note: " + note + "\n";
  if (!diagnostic.help.empty()) out += "help: " + diagnostic.help + "\n";
  return out;
}

std::string RenderAll(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) out += Render(diagnostic);
  return out;
}

}  // namespace fib
