#include "emit/tree_json.h"

#include <map>
#include <vector>

#include "config/json_quote.h"

namespace fib {

namespace {

class TreeJsonPrinter {
 public:
  explicit TreeJsonPrinter(const Model& model) {
    for (const Module& module : model.modules) {
      children_[module.parent.value_or("")].push_back(&module);
    }
  }

  // The array of `parent`'s children, its '[' already printed at `depth` - 1.
  void Children(const std::string& parent, size_t depth) {
    const std::vector<const Module*>& kids = children_[parent];
    if (kids.empty()) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (size_t i = 0; i < kids.size(); ++i) {
      Node(*kids[i], depth);
      out_ += i + 1 < kids.size() ? ",\n" : "\n";
    }
    out_ += Pad(depth - 1) + "]";
  }

  std::string Take() { return std::move(out_); }
  void Append(const std::string& text) { out_ += text; }

 private:
  static std::string Pad(size_t depth) { return std::string(2 * depth, ' '); }

  void Node(const Module& module, size_t depth) {
    std::string pad = Pad(depth + 1);
    out_ += Pad(depth) + "{\n" + pad + "\"key\": " + JsonQuote(module.key) + ",\n" + pad +
            "\"type\": " + JsonQuote(module.type) + ",\n" + pad +
            "\"count\": " + std::to_string(module.count) + ",\n";
    if (module.definitions) {
      out_ += pad + "\"definitions\": [";
      for (size_t i = 0; i < module.definitions->size(); ++i)
        out_ += (i ? ", " : "") + JsonQuote((*module.definitions)[i]);
      out_ += "],\n";
    }
    out_ += pad + "\"children\": ";
    Children(module.key, depth + 2);
    out_ += "\n" + Pad(depth) + "}";
  }

  std::map<std::string, std::vector<const Module*>> children_;
  std::string out_;
};

}  // namespace

std::string TreeJson(const Model& model) {
  TreeJsonPrinter printer(model);
  printer.Append("{\n  \"id\": " + JsonQuote(model.id) + ",\n  \"name\": " + JsonQuote(model.name) +
                 ",\n  \"tree\": ");
  printer.Children("", 2);
  printer.Append("\n}\n");
  return printer.Take();
}

}  // namespace fib
