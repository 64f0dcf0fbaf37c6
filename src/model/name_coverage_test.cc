#include "model/name_coverage.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Model TwoLayers() {
  Model model;
  model.id = "m";
  Module root;
  root.key = "Root";
  root.type = "block";
  root.definitions = std::vector<std::string>{"gemm_n1_k1"};  // a block's names do not count
  Module norm;
  norm.key = "norm";
  norm.type = "layer";
  norm.definitions = std::vector<std::string>{"rmsnorm_h8", "rmsnorm_h9"};
  Module head;
  head.key = "lm_head";
  head.type = "layer";
  model.modules = {root, norm, head};
  return model;
}

TEST(NameCoverageTest, LayersWithDefinitionsAndTheNamesTheDatasetHas) {
  DatasetFacts dataset;
  dataset.names = {"rmsnorm_h8", "gemm_n1_k1"};
  LayerCoverage row = MeasureLayerCoverage(TwoLayers(), dataset);
  EXPECT_EQ(row.layers, 2u);
  EXPECT_EQ(row.layers_with_definitions, 1u);
  EXPECT_EQ(row.names, 2u);
  EXPECT_EQ(row.present, 1u);
  EXPECT_EQ(row.missing, std::vector<std::string>{"rmsnorm_h9"});
  EXPECT_EQ(CoverNames(TwoLayers(), dataset).present.size(), 2u);  // blocks too, when asked
}

}  // namespace
}  // namespace fib
