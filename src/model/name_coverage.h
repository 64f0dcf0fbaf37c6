// Which of a model's Definition names a dataset has.
#pragma once

#include <set>
#include <string>

#include "model/dataset_facts.h"
#include "model/model.h"

namespace fib {

// The Definition names `model` maps (in layer modules only, with `layers_only`), split by
// whether `dataset` has them.
struct NameCoverage {
  std::set<std::string> present;
  std::set<std::string> missing;
};
NameCoverage CoverNames(const Model& model, const DatasetFacts& dataset, bool layers_only = false);

// One row of `coverage --format md|json`: the web app's figure (layer modules that map
// Definitions, out of all layer modules) and the names the dataset has.
struct LayerCoverage {
  std::string id;
  size_t layers = 0;
  size_t layers_with_definitions = 0;
  size_t names = 0;
  size_t present = 0;
  std::vector<std::string> missing;
};
LayerCoverage MeasureLayerCoverage(const Model& model, const DatasetFacts& dataset);

}  // namespace fib
