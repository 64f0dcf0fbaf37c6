// What the fuzz targets assert beyond "no crash". A clean error Result is a fine answer to any
// input; a broken invariant is a bug, and Require reports it by trapping, so libFuzzer saves the
// input that broke it (fuzz/regressions/ keeps the ones found so far).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "emit/print_style.h"
#include "model/model.h"
#include "patch/edit.h"
#include "patch/plan.h"

namespace fib::fuzz {

// Prints "invariant broken: `what`" (and `detail`) to stderr and traps when `holds` is false.
void Require(bool holds, const char* what, const std::string& detail = "");

// The bytes libFuzzer passes, as text.
std::string Text(const uint8_t* data, size_t size);

// Renders `error` as the command line would (the code frame included, on whatever text the
// input held) and checks the rendering is one diagnostic ending in a newline.
void CheckRenders(const Diagnostic& error);

// True the first time `style` is seen in this process (the style targets check each distinct
// style once: most inputs give one already checked, and a check costs several parses). A
// style that breaks an invariant breaks it the first time too, so a saved input reproduces.
bool FirstTimeFor(const PrintStyle& style);

// A small valid model, as a generated entry with its marker comment: what the models.ts target
// upserts into every input.
NewElement FixedEntry();

// True when `edited` is `original` with `edits` applied and nothing else changed: every byte
// outside the edits' ranges is copied, in order.
bool OnlyEditsChanged(std::string_view original, std::string_view edited,
                      const std::vector<Edit>& edits);

// The edit path on models.ts `text`: load (parse, find the array); when the file is editable
// (ids readable and unique), upsert `element` printed with `style`, apply, verify, and check
// that the apply succeeded, changed only the planned ranges, parses again with the planned ids,
// reads back as `element`'s model, that upserting it again changes nothing, and that removing it
// parses again with the original ids. Also removes the first original model. A text the loader
// refuses is fine (its error must render). Returns whether the text loaded.
bool CheckEditCycle(const std::string& text, const NewElement& element, const PrintStyle& style);

// `element` upserted into a new file's text printed with `style` (what `upsert` and `generate`
// do to a missing target): the new file must load, and the edit cycle above must hold.
void CheckNewFileCycle(const NewElement& element, const PrintStyle& style);

}  // namespace fib::fuzz
