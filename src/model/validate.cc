#include "model/validate.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/invisible_chars.h"

namespace fib {

namespace {

std::string Quote(const std::string& value) { return "'" + value + "'"; }

void CheckModuleFields(const Module& module, std::vector<Problem>& problems) {
  if (IsReservedKey(module.key)) {
    problems.push_back({module.key_offset, "module key " + Quote(module.key) +
                                               " is not allowed: JavaScript objects treat it "
                                               "specially"});
  }
  if (module.count <= 0) {
    problems.push_back({module.count_offset, "module " + Quote(module.key) +
                                                 ": count must be a positive integer, got " +
                                                 std::to_string(module.count)});
  }
  if (module.type != "block" && module.type != "layer") {
    problems.push_back({module.type_offset, "module " + Quote(module.key) +
                                                ": type must be \"block\" or \"layer\", got \"" +
                                                module.type + "\""});
  }
}

// Index of the first module with each key (JavaScript keeps the last, but a repeated key is
// reported on its own; the tree rules read the first).
using KeyIndex = std::unordered_map<std::string_view, size_t>;

void CheckParents(const Model& model, const KeyIndex& by_key, std::vector<Problem>& problems) {
  bool has_root = false;
  for (const Module& module : model.modules) {
    if (!module.parent) {
      has_root = true;
      continue;
    }
    if (!by_key.count(*module.parent)) {
      problems.push_back({module.parent_offset, "module " + Quote(module.key) + ": parent " +
                                                    Quote(*module.parent) +
                                                    " is not a module of this model"});
    }
  }
  if (!has_root && !model.modules.empty()) {
    problems.push_back({model.offset, "model " + Quote(model.id) +
                                          " has no root module (every module has a parent)"});
  }
}

constexpr size_t kNone = static_cast<size_t>(-1);

// Each module's parent as an index (kNone for a root or an unknown parent).
std::vector<size_t> ParentIndices(const Model& model, const KeyIndex& by_key) {
  std::vector<size_t> parents(model.modules.size(), kNone);
  for (size_t i = 0; i < model.modules.size(); ++i) {
    const std::optional<std::string>& parent = model.modules[i].parent;
    if (!parent) continue;
    auto it = by_key.find(*parent);
    if (it != by_key.end()) parents[i] = it->second;
  }
  return parents;
}

// The modules on each parent cycle, found in one pass over the modules: a walk follows parents
// from each module not yet seen until it meets a module seen before; when that module is on
// the walk itself, the walk from there on is a cycle. Every module is walked once, so a tree
// as deep as it is wide costs no more than a flat one.
std::vector<std::vector<size_t>> ParentCycles(const std::vector<size_t>& parents) {
  enum State : uint8_t { kUnseen, kOnWalk, kDone };
  std::vector<uint8_t> state(parents.size(), kUnseen);
  std::vector<size_t> place(parents.size());  // where a module stands on the current walk
  std::vector<std::vector<size_t>> cycles;
  std::vector<size_t> walk;
  for (size_t start = 0; start < parents.size(); ++start) {
    walk.clear();
    size_t i = start;
    for (; i != kNone && state[i] == kUnseen; i = parents[i]) {
      state[i] = kOnWalk, place[i] = walk.size(), walk.push_back(i);
    }
    if (i != kNone && state[i] == kOnWalk) cycles.emplace_back(walk.begin() + place[i], walk.end());
    for (size_t done : walk) state[done] = kDone;
  }
  return cycles;
}

// A module whose key repeats an earlier one is nobody's parent (parents resolve to the first),
// so it closes a cycle when following parents from it leads back to that first module. The
// walk costs the depth of the tree, but only for repeated keys, which are errors anyway.
bool RepeatedKeyClosesCycle(const Model& model, size_t start, const KeyIndex& by_key,
                            std::vector<std::string_view>& path) {
  std::unordered_set<std::string_view> seen{model.modules[start].key};
  path = {model.modules[start].key};
  for (const Module* current = &model.modules[start]; current->parent;) {
    auto next = by_key.find(*current->parent);
    if (next == by_key.end()) return false;
    if (next->first == model.modules[start].key) return true;
    if (!seen.insert(next->first).second) return false;
    path.push_back(next->first);
    current = &model.modules[next->second];
  }
  return false;
}

// Each cycle is reported once, at the first of its modules in module order.
void CheckCycles(const Model& model, const KeyIndex& by_key, std::vector<Problem>& problems) {
  std::vector<std::vector<size_t>> cycles = ParentCycles(ParentIndices(model, by_key));
  std::vector<size_t> cycle_of(model.modules.size(), kNone);
  for (size_t c = 0; c < cycles.size(); ++c) {
    cycle_of[*std::min_element(cycles[c].begin(), cycles[c].end())] = c;
  }
  std::unordered_set<std::string_view> reported;
  std::vector<std::string_view> path;
  for (size_t i = 0; i < model.modules.size(); ++i) {
    const Module& module = model.modules[i];
    bool closes = false;
    if (cycle_of[i] != kNone) {
      for (size_t member : cycles[cycle_of[i]]) reported.insert(model.modules[member].key);
      closes = true;
    } else if (by_key.at(module.key) != i && !reported.count(module.key) &&
               RepeatedKeyClosesCycle(model, i, by_key, path)) {
      reported.insert(path.begin(), path.end());
      closes = true;
    }
    if (closes) {
      problems.push_back({module.parent_offset,
                          "module " + Quote(module.key) + " is its own ancestor (parent cycle)"});
    }
  }
}

}  // namespace

bool IsReservedKey(std::string_view key) { return key == "__proto__" || key == "constructor"; }

std::vector<Problem> ValidateId(const std::string& id, size_t offset) {
  if (id.empty()) return {{offset, "id must not be empty"}};
  if (std::optional<std::string> hidden = FirstInvisibleCharacter(id)) {
    return {{offset,
             "id must not contain control, line-separator or bidirectional characters, "
             "found " +
                 *hidden}};
  }
  for (char c : id) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '`') {
      return {{offset, "id " + Quote(id) + " must not contain whitespace or quotes"}};
    }
  }
  return {};
}

std::vector<Problem> ValidateModel(const Model& model) {
  std::vector<Problem> problems = ValidateId(model.id, model.id_offset);
  KeyIndex by_key;
  by_key.reserve(model.modules.size());
  for (size_t i = 0; i < model.modules.size(); ++i) {
    const Module& module = model.modules[i];
    if (!by_key.emplace(module.key, i).second) {
      problems.push_back({module.key_offset, "module key " + Quote(module.key) +
                                                 " appears twice in model " + Quote(model.id) +
                                                 " (JavaScript would keep only the last)"});
    }
    CheckModuleFields(module, problems);
  }
  CheckParents(model, by_key, problems);
  CheckCycles(model, by_key, problems);
  return problems;
}

}  // namespace fib
