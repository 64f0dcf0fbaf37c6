// "did you mean ...?" for misspelt keys and options.
#pragma once

#include <string>
#include <vector>

namespace fib {

// The candidate closest to `word` within edit distance 2, or "" when none is that close.
std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace fib
