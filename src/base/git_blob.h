// Reading a file as a git revision holds it (`HEAD:web/apps/web/data/models.ts`), for
// `diff` in review: the one place fib-modelgen runs another program.
#pragma once

#include <string>

#include "base/result.h"

namespace fib {

// The bytes of `spec` (git's REV:PATH syntax) from the repository around the current
// directory, via `git cat-file blob SPEC`. Errors (kIo) carry git's own message.
Result<std::string> ReadGitBlob(const std::string& spec);

// The bytes of `spec`: the file when one exists at that path (a path with ':' included), else
// the git REV:PATH when it has a ':'. Errors are kIo.
Result<std::string> ReadFileOrRevision(const std::string& spec);

}  // namespace fib
