#include "model/validate.h"

#include <map>
#include <set>

namespace fib {

namespace {

std::string Quote(const std::string& value) { return "'" + value + "'"; }

void CheckModuleFields(const Module& module, std::vector<Problem>& problems) {
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

void CheckParents(const Model& model, const std::map<std::string, const Module*>& by_key,
                  std::vector<Problem>& problems) {
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

// Follows parents from each module; a walk that comes back to a module on its own path is
// a cycle, reported once at the module where it was first entered.
void CheckCycles(const Model& model, const std::map<std::string, const Module*>& by_key,
                 std::vector<Problem>& problems) {
  std::set<std::string> reported;
  for (const Module& start : model.modules) {
    std::set<std::string> path{start.key};
    const Module* current = &start;
    while (current->parent) {
      auto next = by_key.find(*current->parent);
      if (next == by_key.end()) break;
      if (path.count(next->first)) {
        if (next->first == start.key && !reported.count(start.key)) {
          for (const std::string& key : path) reported.insert(key);
          problems.push_back({start.parent_offset, "module " + Quote(start.key) +
                                                       " is its own ancestor (parent cycle)"});
        }
        break;
      }
      path.insert(next->first);
      current = next->second;
    }
  }
}

}  // namespace

std::vector<Problem> ValidateId(const std::string& id, size_t offset) {
  if (id.empty()) return {{offset, "id must not be empty"}};
  for (char c : id) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '`') {
      return {{offset, "id " + Quote(id) + " must not contain whitespace or quotes"}};
    }
  }
  return {};
}

std::vector<Problem> ValidateModel(const Model& model) {
  std::vector<Problem> problems = ValidateId(model.id, model.id_offset);
  std::map<std::string, const Module*> by_key;
  for (const Module& module : model.modules) {
    if (!by_key.emplace(module.key, &module).second) {
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
