// Checking an edited models.ts before it is written: the whole new text must parse cleanly
// and its models array must hold exactly the planned ids.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "patch/edit.h"
#include "patch/plan.h"
#include "ts/syntax_tree.h"

namespace fib {

// Verifies `tree` (a parse of the whole new text). Failures are kVerify errors.
Status VerifyTree(const SyntaxTree& tree, const Plan& plan, const ArrayQuery& query);

// Where the new text may be cut into about `pieces` pieces for a piecewise check: just after
// the comma of every (size / pieces)-th element, where no edit touches that point. Returns the
// offsets in the new text, ascending; none for arrays of fewer than 4 elements.
std::vector<size_t> CutPoints(const ModelsArray& old_array, const std::vector<Edit>& edits,
                              size_t pieces);

// Verifies the new text piece by piece, the pieces between `cuts` taken largest first by this
// thread and a second one: `text[0, cut) + "]"`, `"[" + text[cut, next_cut) + "]"`, ..., and
// `"[" + text[last_cut, end)`. A cut just after an element's comma leaves the lexer and parser
// in the same state ("inside an array, expecting an element") on both sides, so every piece
// parsing cleanly means the whole text does. Each piece's tree is freed before the next piece
// is parsed, so the check needs about two pieces' worth of memory, not a second whole tree.
// `meanwhile` runs on this thread once the second thread has started (the caller frees the
// old tree there, for this thread's pieces to reuse). Returns false when this quick check
// does not pass (the caller then parses the whole text, which decides and reports); never a
// false "clean".
bool VerifyInPieces(const std::string& path, std::string_view text, const std::vector<size_t>& cuts,
                    const Plan& plan, const ArrayQuery& query,
                    const std::function<void()>& meanwhile);

}  // namespace fib
