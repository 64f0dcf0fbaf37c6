// Reading and checking every model of a parsed models.ts: what `check` and `list --format
// json` share.
#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "model/model.h"
#include "patch/models_file.h"

namespace fib {

struct ModelReading {
  std::vector<Model> models;            // the elements that read as models
  std::vector<Diagnostic> diagnostics;  // every problem, located in the file
};

// Reads each element (the file must have been loaded with read_values), validates each model
// and checks that ids are unique. Problems are kValidation diagnostics at file:line:col.
ModelReading ReadModels(const ModelsFile& file);

}  // namespace fib
