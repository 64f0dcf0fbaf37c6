#include "model/model_diff.h"

#include <algorithm>
#include <map>
#include <set>

namespace fib {

namespace {

// Items of `from` that are not in `other`, in `from`'s order, each once.
std::vector<std::string> Minus(const std::vector<std::string>& from,
                               const std::vector<std::string>& other) {
  std::set<std::string> exclude(other.begin(), other.end());
  std::vector<std::string> out;
  for (const std::string& item : from) {
    if (exclude.insert(item).second) out.push_back(item);
  }
  return out;
}

const std::vector<std::string>& NamesOf(const Module& module) {
  static const std::vector<std::string> kNone;
  return module.definitions ? *module.definitions : kNone;
}

std::optional<ModuleDelta> CompareModule(const Module& before, const Module& after) {
  ModuleDelta delta;
  delta.key = after.key;
  delta.moved = before.parent != after.parent;
  delta.count_changed = before.count != after.count;
  delta.type_changed = before.type != after.type;
  delta.definitions_added = Minus(NamesOf(after), NamesOf(before));
  delta.definitions_removed = Minus(NamesOf(before), NamesOf(after));
  delta.definitions_reordered = delta.definitions_added.empty() &&
                                delta.definitions_removed.empty() &&
                                NamesOf(before) != NamesOf(after);
  bool changed = delta.moved || delta.count_changed || delta.type_changed ||
                 !delta.definitions_added.empty() || !delta.definitions_removed.empty() ||
                 delta.definitions_reordered;
  if (!changed) return std::nullopt;
  delta.before = before;
  delta.after = after;
  return delta;
}

std::vector<ModuleDelta> CompareModules(const Model& before, const Model& after) {
  std::map<std::string, const Module*> old_modules, new_modules;
  for (const Module& module : before.modules) old_modules.emplace(module.key, &module);
  for (const Module& module : after.modules) new_modules.emplace(module.key, &module);
  std::vector<ModuleDelta> deltas;
  for (const Module& module : after.modules) {
    auto old = old_modules.find(module.key);
    if (old == old_modules.end()) {
      ModuleDelta added;
      added.key = module.key;
      added.kind = DeltaKind::kAdded;
      added.after = module;
      added.definitions_added = Minus(NamesOf(module), {});
      deltas.push_back(std::move(added));
    } else if (std::optional<ModuleDelta> changed = CompareModule(*old->second, module)) {
      deltas.push_back(std::move(*changed));
    }
  }
  for (const Module& module : before.modules) {
    if (new_modules.count(module.key)) continue;
    ModuleDelta removed;
    removed.key = module.key;
    removed.kind = DeltaKind::kRemoved;
    removed.before = module;
    removed.definitions_removed = Minus(NamesOf(module), {});
    deltas.push_back(std::move(removed));
  }
  return deltas;
}

ModelDelta CompareModel(const Model* before, const Model* after) {
  ModelDelta delta;
  delta.id = after ? after->id : before->id;
  delta.kind = !before ? DeltaKind::kAdded : !after ? DeltaKind::kRemoved : DeltaKind::kChanged;
  if (before) delta.before = *before;
  if (after) delta.after = *after;
  Model none;
  const Model& old_model = before ? *before : none;
  const Model& new_model = after ? *after : none;
  delta.name_changed = before && after && before->name != after->name;
  delta.description_changed = before && after && before->description != after->description;
  delta.modules = CompareModules(old_model, new_model);
  delta.definitions_added = Minus(MappedNames(new_model), MappedNames(old_model));
  delta.definitions_removed = Minus(MappedNames(old_model), MappedNames(new_model));
  return delta;
}

}  // namespace

std::vector<std::string> MappedNames(const Model& model) {
  std::vector<std::string> names;
  for (const Module& module : model.modules) {
    names.insert(names.end(), NamesOf(module).begin(), NamesOf(module).end());
  }
  return Minus(names, {});
}

ModelsDelta DiffModels(const std::vector<Model>& before, const std::vector<Model>& after) {
  std::map<std::string, const Model*> old_models, new_models;
  for (const Model& model : before) old_models.emplace(model.id, &model);
  for (const Model& model : after) new_models.emplace(model.id, &model);
  ModelsDelta delta;
  for (const Model& model : after) {
    auto old = old_models.find(model.id);
    ModelDelta compared = CompareModel(old == old_models.end() ? nullptr : old->second, &model);
    bool same = compared.kind == DeltaKind::kChanged && compared.modules.empty() &&
                !compared.name_changed && !compared.description_changed;
    if (same) {
      ++delta.unchanged;
    } else {
      delta.models.push_back(std::move(compared));
    }
  }
  for (const Model& model : before) {
    if (!new_models.count(model.id)) delta.models.push_back(CompareModel(&model, nullptr));
  }
  return delta;
}

}  // namespace fib
