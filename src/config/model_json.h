// Model JSON: the form `upsert --model` reads and `list --format json` prints:
// {id, name, description?, modules: {key: {count, parent?, type, definitions?}}}.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "model/model.h"

namespace fib {

// Reads one Model from JSON `text` (file `path`). Malformed JSON is located at line:col;
// wrong types, missing and unknown keys are reported all together (kInput).
Result<Model> ModelFromJsonText(const std::string& path, const std::string& text);

// Model JSON for `models` (an array), pretty-printed with 2 spaces and a final newline.
std::string ModelsToJson(const std::vector<Model>& models);

// Model JSON for one model, pretty-printed with a final newline.
std::string ModelToJson(const Model& model);

}  // namespace fib
