// The tree rules every model must satisfy, shared by `check`, `upsert` and `generate`.
#pragma once

#include <vector>

#include "model/model.h"

namespace fib {

// Non-empty id without whitespace or quotes; module keys unique; counts positive; type
// "block" or "layer"; every parent names a module of this model; no parent cycles; at least
// one root. Returns every problem found, in module order.
std::vector<Problem> ValidateModel(const Model& model);

// Problems for an id that cannot be used (empty, whitespace, quotes), or an empty list.
std::vector<Problem> ValidateId(const std::string& id, size_t offset);

}  // namespace fib
