#include "emit/model_printer.h"

#include "emit/string_width.h"
#include "emit/ts_literal.h"

namespace fib {

namespace {

// Prettier never breaks after a key narrower than tabWidth + 3 (its "short key" rule).
constexpr size_t kShortKeyWidth = 5;

class Printer {
 public:
  explicit Printer(const PrintStyle& style) : style_(style) {}

  void Line(size_t depth, const std::string& content) {
    if (!out_.empty()) out_ += "\n" + Indent(depth);
    out_ += content;
  }

  // `key: "value",` on one line if it fits, else the value on the next line (one level
  // deeper), unless the key is too short for prettier to break after it.
  void StringProperty(size_t depth, const std::string& key, const std::string& value) {
    std::string printed_key = PrintKey(key);
    std::string literal = QuoteString(value);
    std::string one_line = printed_key + ": " + literal + ",";
    if (Fits(depth, one_line) || DisplayWidth(printed_key) < kShortKeyWidth) {
      Line(depth, one_line);
      return;
    }
    Line(depth, printed_key + ":");
    Line(depth + 1, literal + ",");
  }

  // `key: ["a", "b"],` when it fits, else one item per line. Like every object or array
  // value, the value moves to the next line when even `key: [` does not fit (prettier's
  // "fluid" assignment layout).
  void StringArrayProperty(size_t depth, const std::string& key,
                           const std::vector<std::string>& items) {
    std::string flat;
    for (const std::string& item : items) flat += (flat.empty() ? "" : ", ") + QuoteString(item);
    size_t value_depth = OpenValue(depth, key, "[");
    std::string open = value_depth == depth ? PrintKey(key) + ": [" : "[";
    if (items.empty() || Fits(value_depth, open + flat + "],")) {
      Line(value_depth, open + flat + "],");
      return;
    }
    Line(value_depth, open);
    for (const std::string& item : items) Line(value_depth + 1, QuoteString(item) + ",");
    Line(value_depth, "],");
  }

  // Prints `key: {` (or `key:` then `{` a level deeper when that does not fit) and returns
  // the depth of the object's closing brace; its properties go one level deeper.
  size_t OpenObject(size_t depth, const std::string& key) {
    size_t value_depth = OpenValue(depth, key, "{");
    Line(value_depth, value_depth == depth ? PrintKey(key) + ": {" : "{");
    return value_depth;
  }

  std::string Take() { return std::move(out_); }

 private:
  // The depth at which a `[` or `{` value starts: the key's own line, or the next line one
  // level deeper (after printing `key:`) when `key: [` would pass the print width.
  size_t OpenValue(size_t depth, const std::string& key, const std::string& bracket) {
    std::string printed_key = PrintKey(key);
    if (Fits(depth, printed_key + ": " + bracket) || DisplayWidth(printed_key) < kShortKeyWidth) {
      return depth;
    }
    Line(depth, printed_key + ":");
    return depth + 1;
  }

  std::string Indent(size_t depth) const {
    std::string indent = style_.base_indent;
    for (size_t i = 0; i < depth; ++i) indent += style_.indent_unit;
    return indent;
  }

  bool Fits(size_t depth, const std::string& content) const {
    return DisplayWidth(Indent(depth)) + DisplayWidth(content) <= style_.print_width;
  }

  const PrintStyle& style_;
  std::string out_;
};

void PrintModule(Printer& printer, const Module& module) {
  size_t close = printer.OpenObject(2, module.key);
  size_t inner = close + 1;
  printer.Line(inner, "count: " + std::to_string(module.count) + ",");
  if (module.parent) printer.StringProperty(inner, "parent", *module.parent);
  printer.StringProperty(inner, "type", module.type);
  if (module.definitions) printer.StringArrayProperty(inner, "definitions", *module.definitions);
  printer.Line(close, "},");
}

}  // namespace

std::string PrintModelObject(const Model& model, const PrintStyle& style) {
  Printer printer(style);
  printer.Line(0, "{");
  printer.StringProperty(1, "id", model.id);
  printer.StringProperty(1, "name", model.name);
  if (model.description) printer.StringProperty(1, "description", *model.description);
  if (model.modules.empty()) {
    printer.Line(1, "modules: {},");
  } else {
    printer.Line(1, "modules: {");
    for (const Module& module : model.modules) PrintModule(printer, module);
    printer.Line(1, "},");
  }
  printer.Line(0, "}");
  return printer.Take();
}

}  // namespace fib
