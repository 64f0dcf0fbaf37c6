// Models read from a models.ts given as a path or as a git revision of one (REV:PATH), for
// `diff`; and the semantic summary printed above a unified diff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/model_reader.h"
#include "base/result.h"
#include "model/model.h"
#include "ts/models_array.h"

namespace fib {

// The bytes of `spec`: the file when one exists at that path, else a git REV:PATH when it
// has a ':'. Errors are kIo.
Result<std::string> ReadSource(const std::string& spec);

// Every model in `bytes` (named `label` in messages) with `check`'s problems; an error when
// the text does not parse or has no single models array.
Result<ModelReading> ReadModelsFromBytes(const std::string& label, std::string bytes,
                                         const ArrayQuery& query);

// The text summary (emit/diff_text) of what changes from `before` to `after`, or "" when the
// two hold the same models or either side cannot be read as models (an empty `before` is a
// file that did not exist: every model is added).
std::string SemanticSummary(std::string_view before, std::string_view after,
                            const std::string& path, const ArrayQuery& query);

// SemanticSummary followed by a blank line, or "" when there is no summary: what goes above
// a unified diff.
std::string SummaryAbove(std::string_view before, std::string_view after, const std::string& path,
                         const ArrayQuery& query);

}  // namespace fib
