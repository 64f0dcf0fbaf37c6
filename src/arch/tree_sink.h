// Collects the modules of a tree as the builders add them: unique keys (a variant's suffix),
// parents, counts, and the unmapped modules grouped by op.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "arch/unmapped.h"
#include "model/model.h"

namespace fib {

class TreeSink {
 public:
  using Names = std::vector<std::string>;

  // Keys added while a variant is open get `_variant` (lower case), except `exempt` keys.
  void OpenVariant(const std::string& variant, std::vector<std::string> exempt);
  void CloseVariant();
  const std::string& variant() const { return variant_; }

  void Block(const std::string& key, int64_t count, const std::string& parent);
  void Layer(const std::string& key, int64_t count, const std::string& parent, Names names);
  // A layer with no Definition family: `definitions: []`, reported under `op`.
  void UnmappedLayer(const std::string& key, int64_t count, const std::string& parent,
                     const std::string& op);
  // The root block (no parent).
  void Root(const std::string& key);

  std::vector<Module> TakeModules() { return std::move(modules_); }
  const std::vector<Unmapped>& unmapped() const { return unmapped_; }

 private:
  std::string Key(const std::string& key) const;
  void Add(const std::string& key, int64_t count, const std::string& parent, const char* type,
           Names definitions);

  std::string variant_;
  std::vector<std::string> exempt_;
  std::vector<Module> modules_;
  std::vector<Unmapped> unmapped_;
};

// `key` with `_variant` appended, unless it already is, starts or ends with the variant.
std::string VariantKey(const std::string& key, const std::string& variant);

}  // namespace fib
