// Removes the temporary file of a write in progress when SIGINT, SIGTERM or SIGHUP arrives,
// then lets the signal end the process as it would have: an interrupted edit leaves neither
// a changed target nor a hidden `.fib-modelgen.XXXXXX` file behind.
#pragma once

#include <cstddef>

namespace fib {

// Installs the handlers (once) and returns the buffer the temporary file's name goes in: a
// mkstemp template is written there and filled in place, so the handler always sees the
// name. At most kTempPathCapacity bytes including the terminating NUL.
inline constexpr size_t kTempPathCapacity = 4096;
char* BeginTempFile();

// The temporary file is gone (renamed over the target, or removed): nothing to clean up.
void EndTempFile();

}  // namespace fib
