#include "model/name_coverage.h"

namespace fib {

NameCoverage CoverNames(const Model& model, const DatasetFacts& dataset, bool layers_only) {
  NameCoverage coverage;
  for (const Module& module : model.modules) {
    if (!module.definitions || (layers_only && module.type != "layer")) continue;
    for (const std::string& name : *module.definitions) {
      (dataset.Has(name) ? coverage.present : coverage.missing).insert(name);
    }
  }
  return coverage;
}

LayerCoverage MeasureLayerCoverage(const Model& model, const DatasetFacts& dataset) {
  LayerCoverage row;
  row.id = model.id;
  for (const Module& module : model.modules) {
    if (module.type != "layer") continue;
    ++row.layers;
    if (module.definitions && !module.definitions->empty()) ++row.layers_with_definitions;
  }
  NameCoverage names = CoverNames(model, dataset, true);
  row.present = names.present.size();
  row.names = names.present.size() + names.missing.size();
  row.missing.assign(names.missing.begin(), names.missing.end());
  return row;
}

}  // namespace fib
