// The one way fib-modelgen reads TOML (pyproject.toml, .prettierrc.toml): the guard, then
// toml++, with every problem a located input error. Every file that needs toml++ includes it
// through this header, so its checks are configured the same everywhere.
#pragma once

#include <stdexcept>
#include <string>

#include "base/result.h"

namespace fib {

// toml++ checks its parser's own preconditions with TOML_ASSERT. Under NDEBUG they turn into
// TOML_ASSUME: nothing with GCC, but __builtin_assume with clang (the macOS wheels), which is
// undefined behaviour when the input breaks one, and fuzzing found inputs that do (a table
// header without a key, a broken time, a non-ASCII character after a broken value). Here a
// broken precondition throws instead, in every build, and the read fails with an error.
class TomlReaderFault : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] void ThrowTomlReaderFault(const char* check);

}  // namespace fib

#pragma push_macro("NDEBUG")
#undef NDEBUG
#define TOML_ASSERT(expr) ((expr) ? static_cast<void>(0) : ::fib::ThrowTomlReaderFault(#expr))
#include <toml++/toml.h>
#pragma pop_macro("NDEBUG")

namespace fib {

// Parses `text`, read from `path`, as the guard (config/toml_guard.h) gives it to toml++: in
// ASCII. Problems are kInput errors at their place: what the guard refuses, toml++'s parse errors
// (with `help` when it is not empty), and a broken precondition of toml++ (at the file's start:
// toml++ does not say where it was).
Result<toml::table> ParseTomlTable(const std::string& path, const std::string& text,
                                   const std::string& help);

// The byte offset of a toml++ source position (1-based line and column) in `text`.
size_t OffsetOfTomlPosition(const std::string& text, const toml::source_position& at);

}  // namespace fib
