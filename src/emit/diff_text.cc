#include "emit/diff_text.h"

namespace fib {

namespace {

std::string Join(const std::vector<std::string>& items, const std::string& quote,
                 const std::string& prefix = "") {
  std::string out;
  for (const std::string& item : items)
    out += (out.empty() ? "" : ", ") + prefix + quote + item + quote;
  return out;
}

std::string Shape(const Module& module, const std::string& quote) {
  std::string shape = module.type + " ×" + std::to_string(module.count);
  if (module.parent) shape += " under " + quote + *module.parent + quote;
  return shape;
}

const char* Sign(DeltaKind kind) {
  switch (kind) {
    case DeltaKind::kAdded:
      return "+";
    case DeltaKind::kRemoved:
      return "-";
    case DeltaKind::kChanged:
      break;
  }
  return "~";
}

std::string ModelLines(const ModelDelta& model) {
  const Model& shown = model.after ? *model.after : *model.before;
  std::string out = std::string(Sign(model.kind)) + " " + model.id + " \"" + shown.name + "\"";
  if (model.kind != DeltaKind::kChanged) {
    return out + ": " + Plural(shown.modules.size(), "module") + ", " +
           Plural(MappedNames(shown).size(), "definition") + "\n";
  }
  out += "\n";
  if (model.name_changed) {
    out += "    name: \"" + model.before->name + "\" → \"" + model.after->name + "\"\n";
  }
  if (model.description_changed) out += "    description changed\n";
  for (const ModuleDelta& module : model.modules) {
    out += std::string("    ") + Sign(module.kind) + " " + module.key + ": " +
           DescribeModuleChange(module, "") + "\n";
  }
  if (!model.definitions_added.empty())
    out += "    definitions added: " + Join(model.definitions_added, "") + "\n";
  if (!model.definitions_removed.empty())
    out += "    definitions removed: " + Join(model.definitions_removed, "") + "\n";
  return out;
}

}  // namespace

std::string DescribeModuleChange(const ModuleDelta& module, const std::string& quote) {
  if (module.kind == DeltaKind::kAdded) {
    std::string names = Join(module.definitions_added, quote);
    return Shape(*module.after, quote) + (names.empty() ? "" : ": " + names);
  }
  if (module.kind == DeltaKind::kRemoved) {
    std::string names = Join(module.definitions_removed, quote);
    return "was " + Shape(*module.before, quote) + (names.empty() ? "" : ": " + names);
  }
  std::vector<std::string> parts;
  const Module& before = *module.before;
  const Module& after = *module.after;
  if (module.count_changed)
    parts.push_back("count " + std::to_string(before.count) + " → " + std::to_string(after.count));
  if (module.moved) {
    parts.push_back("moved from " + (before.parent ? quote + *before.parent + quote : "the root") +
                    " to " + (after.parent ? quote + *after.parent + quote : "the root"));
  }
  if (module.type_changed) parts.push_back("type " + before.type + " → " + after.type);
  if (!module.definitions_added.empty() || !module.definitions_removed.empty()) {
    std::string added = Join(module.definitions_added, quote, "+");
    std::string removed = Join(module.definitions_removed, quote, "-");
    parts.push_back("definitions " + added + (added.empty() || removed.empty() ? "" : ", ") +
                    removed);
  }
  if (module.definitions_reordered) parts.push_back("definitions reordered");
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

std::string Plural(size_t count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string CountModels(const ModelsDelta& delta) {
  size_t counts[3] = {0, 0, 0};
  for (const ModelDelta& model : delta.models) ++counts[static_cast<int>(model.kind)];
  return std::to_string(counts[0]) + " added, " + std::to_string(counts[1]) + " removed, " +
         std::to_string(counts[2]) + " changed, " + std::to_string(delta.unchanged) + " unchanged";
}

std::string DiffText(const ModelsDelta& delta) {
  if (delta.empty()) {
    return "models: no semantic changes (" + std::to_string(delta.unchanged) + " unchanged)\n";
  }
  std::string out;
  for (const ModelDelta& model : delta.models) out += ModelLines(model);
  return out + "models: " + CountModels(delta) + "\n";
}

}  // namespace fib
