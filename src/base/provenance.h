// How a committed file names where an entry came from, without machine paths: the config's
// path relative to the target's repository, or `org/name@revision` for a file inside a
// HuggingFace cache snapshot. Never an absolute path or a home directory.
#pragma once

#include <string>

namespace fib {

// `config` as given on the command line; `target` the models.ts the entry goes into.
//   inside the target's repository      → "models/qwen3/config.json" (relative to the root)
//   in a HuggingFace cache snapshot     → "Qwen/Qwen3-8B@<revision>" (plus "/file" when not
//                                          config.json)
//   a relative path outside any of them → as given
//   anything else                       → the file name
std::string ProvenanceLabel(const std::string& config, const std::string& target);

}  // namespace fib
