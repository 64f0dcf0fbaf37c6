// A unified diff (3 lines of context) between two texts, for --dry-run and --check.
#pragma once

#include <string>
#include <string_view>

namespace fib {

// "" when the texts are equal; otherwise `--- a/PATH`, `+++ b/PATH` and the hunks.
std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace fib
