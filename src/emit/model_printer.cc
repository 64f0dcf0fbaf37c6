#include "emit/model_printer.h"

#include <algorithm>

#include "emit/string_width.h"
#include "emit/ts_literal.h"

namespace fib {

namespace {

// Prettier never breaks after a key narrower than tabWidth + 3 columns (its "short key" rule,
// isObjectPropertyWithShortKey; the width counts a quoted key's quotes).
constexpr size_t kShortKeyOverlap = 3;

// A property key as printed, and whether prettier would keep the value beside it.
struct Key {
  std::string text;
  bool short_key = false;
};

class Printer {
 public:
  explicit Printer(const PrintStyle& style) : style_(style) {}

  Key MakeKey(std::string_view name, bool quoted) const {
    std::string text = PrintKey(name, quoted, style_.single_quote);
    return {text, DisplayWidth(text) < style_.tab_width + kShortKeyOverlap};
  }

  void Line(size_t depth, const std::string& content) {
    if (!out_.empty()) out_ += "\n" + Indent(depth);
    out_ += content;
  }

  // `key: "value",` on one line if it fits, else the value on the next line (one level
  // deeper), unless the key is too short for prettier to break after it. `sep` is what
  // follows the value ("," or, for a last property, the style's trailing comma).
  void StringProperty(size_t depth, const Key& key, const std::string& value,
                      const std::string& sep) {
    std::string literal = QuoteString(value, style_.single_quote);
    std::string one_line = key.text + ": " + literal + sep;
    if (Fits(depth, one_line) || key.short_key) {
      Line(depth, one_line);
      return;
    }
    Line(depth, key.text + ":");
    Line(depth + 1, literal + sep);
  }

  // `key: ["a", "b"],` when it fits, else one item per line. Like every object or array
  // value, the value moves to the next line when even `key: [` does not fit (prettier's
  // "fluid" assignment layout).
  void StringArrayProperty(size_t depth, const Key& key, const std::vector<std::string>& items,
                           const std::string& sep) {
    std::string flat;
    for (const std::string& item : items) {
      flat += (flat.empty() ? "" : ", ") + QuoteString(item, style_.single_quote);
    }
    size_t value_depth = OpenValue(depth, key, "[");
    std::string open = value_depth == depth ? key.text + ": [" : "[";
    if (items.empty() || Fits(value_depth, open + flat + "]" + sep)) {
      Line(value_depth, open + flat + "]" + sep);
      return;
    }
    Line(value_depth, open);
    for (size_t i = 0; i < items.size(); ++i) {
      std::string item_sep = i + 1 == items.size() ? style_.LastSeparator() : ",";
      Line(value_depth + 1, QuoteString(items[i], style_.single_quote) + item_sep);
    }
    Line(value_depth, "]" + sep);
  }

  // Prints `key: {` (or `key:` then `{` a level deeper when that does not fit) and returns
  // the depth of the object's closing brace; its properties go one level deeper.
  size_t OpenObject(size_t depth, const Key& key) {
    size_t value_depth = OpenValue(depth, key, "{");
    Line(value_depth, value_depth == depth ? key.text + ": {" : "{");
    return value_depth;
  }

  const PrintStyle& style() const { return style_; }
  std::string Take() { return std::move(out_); }

 private:
  // The depth at which a `[` or `{` value starts: the key's own line, or the next line one
  // level deeper (after printing `key:`) when `key: [` would pass the print width.
  size_t OpenValue(size_t depth, const Key& key, const std::string& bracket) {
    if (Fits(depth, key.text + ": " + bracket) || key.short_key) return depth;
    Line(depth, key.text + ":");
    return depth + 1;
  }

  std::string Indent(size_t depth) const {
    std::string indent = style_.base_indent;
    for (size_t i = 0; i < depth; ++i) indent += style_.IndentUnit();
    return indent;
  }

  bool Fits(size_t depth, const std::string& content) const {
    size_t indent =
        style_.IndentWidth(style_.base_indent) + depth * style_.IndentWidth(style_.IndentUnit());
    size_t width = DisplayWidth(content);
    return width <= style_.print_width && indent <= style_.print_width - width;
  }

  const PrintStyle& style_;
  std::string out_;
};

// Whether the module keys are printed quoted: each key that needs it ("as-needed", and
// "preserve", where fib-modelgen writes what "as-needed" would), or all of them when any one
// needs it ("consistent").
bool QuoteAllModuleKeys(const Model& model, const PrintStyle& style) {
  return style.quote_props == QuoteProps::kConsistent &&
         std::any_of(model.modules.begin(), model.modules.end(),
                     [](const Module& module) { return !IsBareKey(module.key); });
}

void PrintModule(Printer& printer, const Module& module, bool quote_key, const std::string& sep) {
  const std::string last = printer.style().LastSeparator();
  size_t close = printer.OpenObject(2, printer.MakeKey(module.key, quote_key));
  size_t inner = close + 1;
  bool has_definitions = module.definitions.has_value();
  printer.Line(inner, "count: " + std::to_string(module.count) + ",");
  if (module.parent)
    printer.StringProperty(inner, printer.MakeKey("parent", false), *module.parent, ",");
  printer.StringProperty(inner, printer.MakeKey("type", false), module.type,
                         has_definitions ? "," : last);
  if (has_definitions) {
    printer.StringArrayProperty(inner, printer.MakeKey("definitions", false), *module.definitions,
                                last);
  }
  printer.Line(close, "}" + sep);
}

}  // namespace

std::string PrintModelObject(const Model& model, const PrintStyle& style) {
  Printer printer(style);
  const std::string last = style.LastSeparator();
  printer.Line(0, "{");
  printer.StringProperty(1, printer.MakeKey("id", false), model.id, ",");
  printer.StringProperty(1, printer.MakeKey("name", false), model.name, ",");
  if (model.description) {
    printer.StringProperty(1, printer.MakeKey("description", false), *model.description, ",");
  }
  if (model.modules.empty()) {
    printer.Line(1, "modules: {}" + last);
  } else {
    bool quote_all = QuoteAllModuleKeys(model, style);
    printer.Line(1, "modules: {");
    for (size_t i = 0; i < model.modules.size(); ++i) {
      const Module& module = model.modules[i];
      PrintModule(printer, module, quote_all || !IsBareKey(module.key),
                  i + 1 == model.modules.size() ? last : ",");
    }
    printer.Line(1, "}" + last);
  }
  printer.Line(0, "}");
  return printer.Take();
}

}  // namespace fib
