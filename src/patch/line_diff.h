// The edit script between two sequences of lines, for the unified diffs of --dry-run and
// --check: Myers' divide-and-conquer diff in linear space, cut at unique lines past a cost bound.
#pragma once

#include <cstdint>
#include <vector>

namespace fib {

enum class DiffOp : uint8_t { kKeep, kDelete, kInsert };

// An edit script turning `a` into `b`, sequences of line ids (equal ids are equal lines; ids
// are non-negative and below a.size() + b.size()). kKeep and kDelete consume a line of `a`,
// kKeep and kInsert a line of `b`; within each change, deletions come before insertions.
//
// Myers' algorithm finds a shortest script, in memory linear in the input. A search that
// takes more than a bound of edit steps stops; its span is then cut at the lines that occur
// exactly once on each side (as patience diff does), or, when there are none, at the furthest
// point the search reached. The script is then valid but may not be the shortest, and the time
// stays linear in the input times the bound instead of growing with the square of the change.
std::vector<DiffOp> DiffLines(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace fib
