// What an edit changes in the models, in words: the semantic summary (emit/diff_text) that
// `generate --dry-run` and `refresh --check` print above their unified diff.
#pragma once

#include <string>
#include <string_view>

#include "ts/models_array.h"

namespace fib {

// The text summary of what changes from `before` to `after`, or "" when the two hold the
// same models or either side cannot be read as models (an empty `before` is a file that did
// not exist: every model is added).
std::string SemanticSummary(std::string_view before, std::string_view after,
                            const std::string& path, const ArrayQuery& query);

// SemanticSummary followed by a blank line, or "" when there is no summary: what goes above
// a unified diff.
std::string SummaryAbove(std::string_view before, std::string_view after, const std::string& path,
                         const ArrayQuery& query);

}  // namespace fib
