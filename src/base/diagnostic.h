// Diagnostics: the one shape every user-facing problem takes, and its rendering.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace fib {

// What went wrong, coarse enough to pick an exit code (see exit_codes.h).
enum class ErrorKind {
  kUsage,       // bad command-line use
  kIo,          // a file could not be read
  kInput,       // an input file (JSON, config) is malformed or has wrong values
  kSyntax,      // models.ts does not parse, or its models array cannot be found
  kValidation,  // models fail the schema / tree rules (check, duplicate ids)
  kWrite,       // the target could not be written
  kVerify,      // an edit produced text that failed re-validation (nothing written)
  kInternal,    // an unexpected failure (out of memory, an exception that escaped): a bug
};

// kInfo is a status line ("3 of 5 generated definition names exist in DIR"): rendered as
// `fib-modelgen: message`, without a label.
enum class Severity { kError, kWarning, kNote, kInfo };

// "error", "warning", "note" or "info": the label text and the JSON output's severity.
const char* SeverityName(Severity severity);

// A place in a file: 1-based line, 1-based column counted in Unicode code points.
struct Location {
  std::string path;
  size_t line = 0;
  size_t column = 0;
  std::string source_line;  // the whole line, without its line ending
};

struct Diagnostic {
  ErrorKind kind = ErrorKind::kInput;
  Severity severity = Severity::kError;
  std::string message;
  std::optional<Location> where;
  std::vector<std::string> notes;  // further problems, rendered as "note: ..." lines
  std::string help;                // optional advice, rendered as "help: ..."
};

// Builds an error diagnostic without a location.
Diagnostic Error(ErrorKind kind, std::string message, std::string help = "");

// A warning without a location. Its kind is kInput: what it becomes under --strict.
Diagnostic Warning(std::string message, std::string help = "");

// A note without a location (a finding worth reading that is not a problem).
Diagnostic Note(std::string message);

// A status line (Severity::kInfo).
Diagnostic Info(std::string message);

// Renders `path:line:col: error: message`, the source line with a caret, `note:` lines,
// then `help:`; without a location: `fib-modelgen: error: message` (`fib-modelgen: message`
// for kInfo). The one renderer of everything fib-modelgen says on stderr. Always ends with a
// newline. With `color`, the `error:` / `warning:` / `note:` / `help:` labels get ANSI
// colours.
std::string Render(const Diagnostic& diagnostic, bool color = false);

// Renders several diagnostics in order.
std::string RenderAll(const std::vector<Diagnostic>& diagnostics, bool color = false);

}  // namespace fib
