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

  // `key: ["a", "b"],` when it fits, else one item per line.
  void StringArrayProperty(size_t depth, const std::string& key,
                           const std::vector<std::string>& items) {
    std::string printed_key = PrintKey(key);
    std::string flat;
    for (const std::string& item : items) flat += (flat.empty() ? "" : ", ") + QuoteString(item);
    std::string one_line = printed_key + ": [" + flat + "],";
    if (items.empty() || Fits(depth, one_line)) {
      Line(depth, one_line);
      return;
    }
    Line(depth, printed_key + ": [");
    for (const std::string& item : items) Line(depth + 1, QuoteString(item) + ",");
    Line(depth, "],");
  }

  std::string Take() { return std::move(out_); }

 private:
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
  printer.Line(2, PrintKey(module.key) + ": {");
  printer.Line(3, "count: " + std::to_string(module.count) + ",");
  if (module.parent) printer.StringProperty(3, "parent", *module.parent);
  printer.StringProperty(3, "type", module.type);
  if (module.definitions) printer.StringArrayProperty(3, "definitions", *module.definitions);
  printer.Line(2, "},");
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
