// "Unchanged" is a comparison of values, not of bytes: an element whose model and marker
// comment equal what would be written stays as it is, however it is formatted (a file run
// through prettier with other options is not a reason to rewrite it or fail a check).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "ts/models_array.h"

namespace fib {

// What every marker comment of a generated entry starts with.
inline constexpr std::string_view kGeneratedMarker = "fib-modelgen: generated";

// True when the models hold the same values: id, name, description, and the modules in order
// with their keys, counts, parents, types and definitions (absent and empty differ, as they do
// in the file). Byte offsets are not compared.
bool SameModel(const Model& a, const Model& b);

// A comment's words: without its `//` or `/* */` and with every run of white space one space,
// so that comments differing only in formatting compare equal.
std::string CommentWords(std::string_view comment);

// True when the element at `element` of `text` already holds `model` with `marker_lines`
// above it: its value read back (ArrayElement::value when it was read, else the element's own
// text parsed) equals `model` (SameModel), and its generated-marker comments, in order, have
// the same words as `marker_lines` (CommentWords; other comments are kept by any rewrite and
// do not count). An element that does not read as a model never equals one.
bool SameEntry(std::string_view text, const ArrayElement& element, const Model& model,
               const std::vector<std::string>& marker_lines);

}  // namespace fib
