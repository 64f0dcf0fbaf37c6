#include "config/prettier_options.h"

#include <cmath>

#include "base/limits.h"

namespace fib {

namespace {

Diagnostic InvalidOption(const std::string& key, const std::string& source,
                         const std::string& expected, const OrderedJson& value) {
  return Error(ErrorKind::kInput,
               "invalid " + key + " in " + source + ": expected " + expected + ", got " +
                   value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
               "prettier refuses this value too; see prettier.io/docs/options");
}

// A non-negative integer, or kUnlimitedWidth for an infinite number when `infinite_ok`.
Result<size_t> ReadCount(const OrderedJson& value, const std::string& key,
                         const std::string& source, bool infinite_ok) {
  if (value.is_number_unsigned() || (value.is_number_integer() && value.get<int64_t>() >= 0)) {
    return static_cast<size_t>(value.get<uint64_t>());
  }
  if (value.is_number_float()) {
    double number = value.get<double>();
    if (infinite_ok && std::isinf(number) && number > 0) return kUnlimitedWidth;
    if (number >= 0 && number == std::floor(number) && number < 1e15) {
      return static_cast<size_t>(number);
    }
  }
  return InvalidOption(key, source, "an integer of at least 0", value);
}

// tabWidth: a count, up to kMaxTabWidth (prettier has no bound, but would not finish either).
Result<size_t> ReadTabWidth(const OrderedJson& value, const std::string& source) {
  Result<size_t> width = ReadCount(value, "tabWidth", source, false);
  if (!width || *width <= kMaxTabWidth) return width;
  return Error(ErrorKind::kInput,
               "tabWidth " + std::to_string(*width) + " in " + source + " is past the limit of " +
                   std::to_string(kMaxTabWidth),
               "fib-modelgen repeats the indentation on every line of an entry; use a smaller "
               "tabWidth");
}

Result<bool> ReadBool(const OrderedJson& value, const std::string& key, const std::string& source) {
  if (value.is_boolean()) return value.get<bool>();
  return InvalidOption(key, source, "true or false", value);
}

Result<QuoteProps> ReadQuoteProps(const OrderedJson& value, const std::string& source) {
  if (value == "as-needed") return QuoteProps::kAsNeeded;
  if (value == "consistent") return QuoteProps::kConsistent;
  if (value == "preserve") return QuoteProps::kPreserve;
  return InvalidOption("quoteProps", source, "\"as-needed\", \"consistent\" or \"preserve\"",
                       value);
}

Result<TrailingComma> ReadTrailingComma(const OrderedJson& value, const std::string& source) {
  if (value == "all") return TrailingComma::kAll;
  if (value == "es5") return TrailingComma::kEs5;
  if (value == "none") return TrailingComma::kNone;
  return InvalidOption("trailingComma", source, "\"all\", \"es5\" or \"none\"", value);
}

// Stores `read`'s value in `field`, or returns its error.
template <typename T>
Status Store(std::optional<T>& field, Result<T> read) {
  if (!read) return read.error();
  field = *read;
  return Ok{};
}

Status ReadOption(const std::string& key, const OrderedJson& value, const std::string& source,
                  PrettierOptions& options) {
  if (key == "printWidth") return Store(options.print_width, ReadCount(value, key, source, true));
  if (key == "tabWidth") return Store(options.tab_width, ReadTabWidth(value, source));
  if (key == "useTabs") return Store(options.use_tabs, ReadBool(value, key, source));
  if (key == "semi") return Store(options.semi, ReadBool(value, key, source));
  if (key == "singleQuote") return Store(options.single_quote, ReadBool(value, key, source));
  if (key == "bracketSpacing") return Store(options.bracket_spacing, ReadBool(value, key, source));
  if (key == "quoteProps") return Store(options.quote_props, ReadQuoteProps(value, source));
  if (key == "trailingComma")
    return Store(options.trailing_comma, ReadTrailingComma(value, source));
  if (key == "objectWrap" && value == "collapse") {
    return Error(ErrorKind::kInput,
                 "objectWrap \"collapse\" in " + source + " is not supported by fib-modelgen",
                 "fib-modelgen prints every object expanded, as objectWrap \"preserve\" (the "
                 "default) keeps them; set it for models.ts in an override");
  }
  return Ok{};
}

}  // namespace

void MergeOptions(PrettierOptions& base, const PrettierOptions& later) {
  auto take = [](auto& into, const auto& from) {
    if (from) into = from;
  };
  take(base.print_width, later.print_width);
  take(base.tab_width, later.tab_width);
  take(base.use_tabs, later.use_tabs);
  take(base.semi, later.semi);
  take(base.single_quote, later.single_quote);
  take(base.quote_props, later.quote_props);
  take(base.trailing_comma, later.trailing_comma);
  take(base.bracket_spacing, later.bracket_spacing);
}

Result<PrettierOptions> OptionsFromJson(const OrderedJson& object, const std::string& source) {
  PrettierOptions options;
  for (const auto& [key, value] : object.items()) {
    Status read = ReadOption(key, value, source, options);
    if (!read) return read.error();
  }
  return options;
}

}  // namespace fib
