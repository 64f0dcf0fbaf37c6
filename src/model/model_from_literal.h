// Reads Model values from literals (a models.ts element, or an entry JSON converted to one).
#pragma once

#include <optional>
#include <vector>

#include "model/literal_value.h"
#include "model/model.h"

namespace fib {

// Reads one model. Wrong types, missing or unknown keys go to `problems` (with the offsets
// the literal carries); returns nothing when the value is not usable as a model at all.
std::optional<Model> ModelFromLiteral(const LiteralValue& value, std::vector<Problem>& problems);

}  // namespace fib
