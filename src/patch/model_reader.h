// Reading and checking every model of a parsed models.ts: what `check`, `list --format
// json`, `tree`, `coverage` and `diff` share.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/model.h"
#include "patch/models_file.h"

namespace fib {

struct ModelReading {
  std::vector<Model> models;            // the elements that read as models
  std::vector<Diagnostic> diagnostics;  // every problem, located in the file
};

// Reads each element, validates each model and checks that ids are unique. Problems are
// kValidation diagnostics at file:line:col. Values the file was loaded with (read_values) are
// used; otherwise each element is read from the tree when its turn comes. Without
// `keep_models` (check), each model is dropped once checked, so reading holds one element's
// value and model at a time on top of the parse.
ModelReading ReadModels(const ModelsFile& file, bool keep_models = true);

// Every model in `bytes` (named `label` in messages) with `check`'s problems; an error when
// the text does not parse or has no single models array.
Result<ModelReading> ReadModelsFromBytes(const std::string& label, std::string bytes,
                                         const ArrayQuery& query);

// The 1-based line where each model's element starts in `bytes`, by id (elements without a
// readable id are left out); nothing when the text cannot be read as a models file.
std::map<std::string, size_t> ModelLines(const std::string& label, std::string_view bytes,
                                         const ArrayQuery& query);

}  // namespace fib
