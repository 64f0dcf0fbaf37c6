// The prettier options that change how fib-modelgen prints an entry or a new file, as one
// configuration source gives them (each may be absent), and reading them from its values.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>

#include "base/result.h"
#include "config/json_text.h"

namespace fib {

enum class QuoteProps { kAsNeeded, kConsistent, kPreserve };
enum class TrailingComma { kAll, kEs5, kNone };

// printWidth Infinity (`max_line_length = off` in .editorconfig, `.inf` in YAML).
inline constexpr size_t kUnlimitedWidth = std::numeric_limits<size_t>::max();

struct PrettierOptions {
  std::optional<size_t> print_width;
  std::optional<size_t> tab_width;
  std::optional<bool> use_tabs;
  std::optional<bool> semi;
  std::optional<bool> single_quote;
  std::optional<QuoteProps> quote_props;
  std::optional<TrailingComma> trailing_comma;
  std::optional<bool> bracket_spacing;

  bool operator==(const PrettierOptions&) const = default;
};

// `later`'s options, where it has them, replace those of `base` (a later source wins).
void MergeOptions(PrettierOptions& base, const PrettierOptions& later);

// The options of a configuration object (`source` names it in errors). Values of the wrong
// type or out of range are kInput errors, as prettier refuses them; `objectWrap: "collapse"`
// is refused because fib-modelgen prints every object expanded; other keys are ignored (they
// do not change what fib-modelgen prints, or, like `overrides`, the caller reads them).
Result<PrettierOptions> OptionsFromJson(const OrderedJson& object, const std::string& source);

}  // namespace fib
