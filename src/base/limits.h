// Every bound fib-modelgen puts on its inputs, in one place (the README's "Limits" section
// lists them). Past a bound the tool refuses with an error naming it; it never crashes, hangs
// or allocates without bound.
#pragma once

#include <cstddef>
#include <cstdint>

namespace fib {

// Largest file read (models.ts, JSON inputs): the real models.ts is about 100 KB and the
// largest benchmark input about 40 MB; tree-sitter offsets are 32-bit.
inline constexpr size_t kMaxInputBytes = size_t{256} << 20;

// Deepest nesting of arrays and objects in a JSON input or a models.ts literal. A model is 3
// levels deep (model → modules → module → definitions); walks are recursive up to this depth.
inline constexpr size_t kMaxNestingDepth = 64;

// Counts a config may give. The largest real models have about 130 layers, 512 experts and
// 128 attention heads; the bounds leave a wide margin and keep the module tree and its text
// small (one module per layer kind, counts as numbers, so these bound values, not memory).
inline constexpr int64_t kMaxLayers = 100000;
inline constexpr int64_t kMaxExperts = 1000000;
inline constexpr int64_t kMaxHeads = 1000000;
inline constexpr int64_t kMaxDimension = int64_t{1} << 40;

// Values a YAML configuration may expand to once its aliases are copied (a prettier
// configuration holds a few dozen; "billion laughs" documents hold billions in a few lines).
inline constexpr size_t kMaxYamlValues = 10000;

// How long parsing a models.ts may take: this much, plus this much per byte of text (100 KB/s,
// where tree-sitter parses about 5 MB/s, with or without ordinary syntax errors). Only its
// error recovery on some broken texts takes longer (minutes for 500 bytes); the file is then
// refused as not parsing (exit 5), without the place of its error.
inline constexpr uint64_t kParseBudgetMicros = 5'000'000;
inline constexpr uint64_t kParseMicrosPerByte = 10;

// The widest indentation step (prettier's tabWidth, .editorconfig's indent_size and tab_width)
// printed with: each level of an entry repeats it, so a value such as 10^12 would ask for
// terabytes. Real configurations use 2 to 8.
inline constexpr size_t kMaxTabWidth = 1000;

// Patterns one glob may stand for once its braces are expanded (`{1..100000000}` would be a
// hundred million): a glob of more matches nothing. Real ones stand for a handful.
inline constexpr size_t kMaxGlobPatterns = 10000;

// Modules in one model (models.ts or Model JSON): the largest real model has about 40. Past
// it the model is refused (a problem at its `modules`), so the tree rules never see more.
inline constexpr size_t kMaxModules = 100000;

// A source line longer than this is shown as a window of about this many code points around
// the column in a diagnostic's code frame.
inline constexpr size_t kFrameWidth = 120;

// How long a writer waits for another fib-modelgen editing the same target.
inline constexpr int kLockWaitSeconds = 120;

}  // namespace fib
