// Edits find models by id. An element whose id cannot be read as a plain string might be the
// model an edit is about: rather than append a second model with the same id, or remove the
// wrong one, every edit refuses while such an element is in the array.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "ts/models_array.h"

namespace fib {

// Fails (kValidation) at the first element whose id cannot be read, saying why.
Status CheckIdsReadable(const std::string& path, std::string_view text, const ModelsArray& array);

// The message for such an element ("cannot read the id of this element: <why>").
std::string IdProblemMessage(const ArrayElement& element);

// The advice that goes with it.
inline constexpr const char* kIdProblemHelp =
    "write the id as a plain string (id: \"...\"); fib-modelgen edits models by id and will "
    "not guess which model this is";

}  // namespace fib
