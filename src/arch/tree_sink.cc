#include "arch/tree_sink.h"

#include <algorithm>
#include <cctype>

namespace fib {

namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string VariantKey(const std::string& key, const std::string& variant) {
  std::string suffix = "_" + variant;
  bool ends = key.size() >= suffix.size() &&
              key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
  bool starts = key.rfind(variant + "_", 0) == 0;
  return key == variant || ends || starts ? key : key + suffix;
}

std::string DescribeUnmapped(const Unmapped& unmapped) {
  std::string modules;
  for (const std::string& key : unmapped.modules) modules += (modules.empty() ? "" : ", ") + key;
  return "unmapped: " + modules + ": no Definition family for " + unmapped.op;
}

void TreeSink::OpenVariant(const std::string& variant, std::vector<std::string> exempt) {
  variant_ = variant;
  exempt_ = std::move(exempt);
}

void TreeSink::CloseVariant() {
  variant_.clear();
  exempt_.clear();
}

std::string TreeSink::Key(const std::string& key) const {
  bool exempt = std::find(exempt_.begin(), exempt_.end(), key) != exempt_.end();
  return variant_.empty() || exempt ? key : VariantKey(key, Lower(variant_));
}

void TreeSink::Add(const std::string& key, int64_t count, const std::string& parent,
                   const char* type, Names definitions) {
  Module module;
  module.key = Key(key);
  module.count = count;
  module.parent = Key(parent);
  module.type = type;
  module.definitions = std::move(definitions);
  modules_.push_back(std::move(module));
}

void TreeSink::Root(const std::string& key) {
  Module root;
  root.key = key;
  root.count = 1;
  root.type = "block";
  root.definitions = std::vector<std::string>{};
  modules_.push_back(root);
}

void TreeSink::Block(const std::string& key, int64_t count, const std::string& parent) {
  Add(key, count, parent, "block", {});
}

void TreeSink::Layer(const std::string& key, int64_t count, const std::string& parent,
                     Names names) {
  Add(key, count, parent, "layer", std::move(names));
}

void TreeSink::UnmappedLayer(const std::string& key, int64_t count, const std::string& parent,
                             const std::string& op) {
  Add(key, count, parent, "layer", {});
  auto it = std::find_if(unmapped_.begin(), unmapped_.end(),
                         [&](const Unmapped& u) { return u.op == op; });
  if (it == unmapped_.end()) it = unmapped_.insert(unmapped_.end(), Unmapped{{}, op});
  it->modules.push_back(modules_.back().key);
}

}  // namespace fib
