// What changed between two lists of models, in the terms a reviewer checks: models added or
// removed, modules added, removed or moved, counts and types changed, Definitions added and
// removed. Values only; emit/ prints them as text, Markdown or Mermaid.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace fib {

enum class DeltaKind { kAdded, kRemoved, kChanged };

struct ModuleDelta {
  std::string key;
  DeltaKind kind = DeltaKind::kChanged;
  std::optional<Module> before;  // absent for an added module
  std::optional<Module> after;   // absent for a removed module
  bool moved = false;            // its parent changed
  bool count_changed = false;
  bool type_changed = false;
  std::vector<std::string> definitions_added;    // in the new list's order
  std::vector<std::string> definitions_removed;  // in the old list's order
  bool definitions_reordered = false;            // same names, another order
};

struct ModelDelta {
  std::string id;
  DeltaKind kind = DeltaKind::kChanged;
  std::optional<Model> before;
  std::optional<Model> after;
  bool name_changed = false;
  bool description_changed = false;
  // Modules in the new model's order, then the removed ones in the old model's order.
  std::vector<ModuleDelta> modules;
  // Over the whole model: names it maps now and did not before, and the reverse.
  std::vector<std::string> definitions_added;
  std::vector<std::string> definitions_removed;
};

struct ModelsDelta {
  // Changed and added models in the new order, then removed ones in the old order.
  std::vector<ModelDelta> models;
  size_t unchanged = 0;

  bool empty() const { return models.empty(); }
};

// Compares models by id. Offsets (where a value stood in its file) are ignored; so are the
// order of models and of modules, which the web app does not show.
ModelsDelta DiffModels(const std::vector<Model>& before, const std::vector<Model>& after);

// The names a model maps, each once, in module order.
std::vector<std::string> MappedNames(const Model& model);

}  // namespace fib
