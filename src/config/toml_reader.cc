#include "config/toml_reader.h"

#include "base/line_index.h"
#include "config/config_formats.h"
#include "config/toml_guard.h"

namespace fib {

void ThrowTomlReaderFault(const char* check) { throw TomlReaderFault(check); }

size_t OffsetOfTomlPosition(const std::string& text, const toml::source_position& at) {
  return OffsetOfLineColumn(text, at.line > 0 ? at.line - 1 : 0, at.column > 0 ? at.column - 1 : 0);
}

Result<toml::table> ParseTomlTable(const std::string& path, const std::string& text,
                                   const std::string& help) {
  AsciiToml ascii = ToAsciiToml(text);
  if (ascii.problem) {
    return ErrorAt(ErrorKind::kInput, path, text, ascii.problem->offset,
                   "invalid TOML: " + ascii.problem->message);
  }
  try {
    return toml::parse(ascii.text, path);  // its positions name the lines of `text`
  } catch (const toml::parse_error& error) {
    return ErrorAt(ErrorKind::kInput, path, text, OffsetOfTomlPosition(text, error.source().begin),
                   "invalid TOML: " + std::string(error.description()), help);
  } catch (const TomlReaderFault& fault) {
    return ErrorAt(ErrorKind::kInput, path, text, 0,
                   std::string("invalid TOML: the TOML reader stopped on a value it cannot take "
                               "(its check '") +
                       fault.what() + "' failed)",
                   "fix the TOML syntax; a TOML checker (taplo) shows where");
  }
}

}  // namespace fib
