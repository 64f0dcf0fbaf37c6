// The edit script between two sequences of lines, for the unified diffs of --dry-run and
// --check: Myers' divide-and-conquer diff in linear space, run between anchor lines.
#pragma once

#include <cstdint>
#include <vector>

namespace fib {

enum class DiffOp : uint8_t { kKeep, kDelete, kInsert };

// An edit script turning `a` into `b`, sequences of line ids (equal ids are equal lines; ids
// are non-negative and below a.size() + b.size()). kKeep and kDelete consume a line of `a`,
// kKeep and kInsert a line of `b`; within each change, deletions come before insertions.
//
// Lines that occur exactly once in each sequence are matched first (the longest run of them in
// the same order, as patience diff does); the gaps between them are diffed with Myers'
// algorithm, which finds a shortest script there. Memory is linear in the input; time is
// linear in it times the edit distance inside a gap, and a gap whose search exceeds a cost
// bound is split at the furthest point reached (the script is then valid but may not be the
// shortest), so no input takes quadratic time.
std::vector<DiffOp> DiffLines(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace fib
