// The tree rules every model must satisfy, shared by `check`, `upsert` and `generate`.
#pragma once

#include <string_view>
#include <vector>

#include "model/model.h"

namespace fib {

// Non-empty id without whitespace or quotes; module keys unique; counts positive; type
// "block" or "layer"; every parent names a module of this model; no parent cycles; at least
// one root. Returns every problem found, in module order.
std::vector<Problem> ValidateModel(const Model& model);

// True for the keys JavaScript objects treat specially: `__proto__: {...}` sets the prototype,
// and every object already has a `constructor`, so the web app would not see such a module.
bool IsReservedKey(std::string_view key);

// Problems for an id that cannot be used (empty, whitespace, quotes), or an empty list.
std::vector<Problem> ValidateId(const std::string& id, size_t offset);

}  // namespace fib
