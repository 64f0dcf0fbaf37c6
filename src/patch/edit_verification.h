// Checking an edited models.ts before it is written: the whole new text must parse cleanly
// and its models array must hold exactly the planned ids.
#pragma once

#include <optional>
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

// Where the new text may be cut in two for a parallel check: just after the comma of the
// middle element, when no edit touches that point. Returns the offset in the new text.
std::optional<size_t> SplitPoint(const ModelsArray& old_array, const std::vector<Edit>& edits);

// Verifies the new text by parsing its two halves, cut at `split`, on two cores at once:
// `text[0, split) + "]"` and `"[" + text[split, end)`. A cut just after an element's comma
// leaves the lexer and parser in the same state ("inside an array, expecting an element")
// on both sides, so both halves parsing cleanly means the whole text does. Returns false
// when this quick check does not pass (the caller then parses the whole text, which decides
// and reports); never a false "clean".
bool VerifyInHalves(const std::string& path, std::string_view text, size_t split, const Plan& plan,
                    const ArrayQuery& query);

}  // namespace fib
