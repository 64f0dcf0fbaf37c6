#include "emit/tree_text.h"

#include <map>
#include <vector>

namespace fib {

namespace {

class TreePrinter {
 public:
  TreePrinter(const Model& model, const TreeStyle& style) : style_(style) {
    for (const Module& module : model.modules) {
      children_[module.parent.value_or("")].push_back(&module);
    }
  }

  std::string Render() {
    for (const Module* root : children_[""]) Print(*root, "", "");
    return std::move(out_);
  }

 private:
  std::string Paint(const std::string& text, const char* code) const {
    return style_.color ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  }

  std::string Line(const Module& module) const {
    bool block = module.type == "block";
    std::string line = Paint(module.key, block ? "1;34" : "1") + " " +
                       Paint("(" + module.type + " x" + std::to_string(module.count) + ")", "2");
    if (module.definitions && !module.definitions->empty()) {
      std::string names;
      for (const std::string& name : *module.definitions)
        names += (names.empty() ? "" : ", ") + name;
      line += ": " + Paint(names, "32");
    }
    return line;
  }

  // `lead` prefixes this line; `indent` prefixes the lines of its children.
  void Print(const Module& module, const std::string& lead, const std::string& indent) {
    out_ += lead + Line(module) + "\n";
    const std::vector<const Module*>& kids = children_[module.key];
    for (size_t i = 0; i < kids.size(); ++i) {
      bool last = i + 1 == kids.size();
      std::string branch = style_.box_drawing ? (last ? "└── " : "├── ") : "  ";
      std::string carry = style_.box_drawing ? (last ? "    " : "│   ") : "  ";
      Print(*kids[i], indent + branch, indent + carry);
    }
  }

  const TreeStyle& style_;
  std::map<std::string, std::vector<const Module*>> children_;
  std::string out_;
};

}  // namespace

std::string RenderTree(const Model& model, const TreeStyle& style) {
  return TreePrinter(model, style).Render();
}

}  // namespace fib
