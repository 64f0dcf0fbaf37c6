// The bound on each positive count a config gives (base/limits.h): layer, expert and head
// counts have their own, every other size the dimension bound. Past it the config is refused
// before anything is sized by it.
#pragma once

#include <cstdint>
#include <string>

namespace fib {

struct CountLimit {
  int64_t value = 0;
  std::string what;  // "layers", "experts", "heads" or "for a size", for the message
};

// The limit for the config field `name`.
CountLimit LimitFor(const std::string& name);

}  // namespace fib
