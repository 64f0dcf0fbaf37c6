#include "model/doc_coverage.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

DatasetFacts Dataset(bool workloads) {
  DatasetFacts dataset;
  dataset.names = {"rmsnorm_h64", "gemm_n64_k64", "gemm_n8_k64"};
  dataset.model_tags = {{"rmsnorm_h64", {"tiny"}}, {"gemm_n8_k64", {"tiny", "other"}}};
  dataset.has_workloads = workloads;
  dataset.workload_entries = {{"rmsnorm/rmsnorm_h64", 4}};
  return dataset;
}

Model Tiny() {
  Model model;
  model.id = "tiny";
  model.name = "Tiny";
  model.modules = {
      {"Root", 1, std::nullopt, "block", std::nullopt},
      {"norm", 2, "Root", "layer", std::vector<std::string>{"rmsnorm_h64"}},
      {"proj", 2, "Root", "layer", std::vector<std::string>{"gemm_n64_k64", "gemm_n32_k64"}},
      {"post_norm", 2, "Root", "layer", std::vector<std::string>{"rmsnorm_h64"}},
  };
  return model;
}

TEST(DocCoverageTest, StatusesFromDefinitionsAndWorkloads) {
  DatasetFacts dataset = Dataset(true);
  EXPECT_EQ(StatusOf("rmsnorm_h64", "rmsnorm", dataset), KernelStatus::kWorkloads);
  EXPECT_EQ(StatusOf("gemm_n64_k64", "gemm", dataset), KernelStatus::kDefinitionOnly);
  EXPECT_EQ(StatusOf("gemm_n32_k64", "gemm", dataset), KernelStatus::kMissing);
  EXPECT_EQ(StatusOf("rmsnorm_h64", "rmsnorm", Dataset(false)), KernelStatus::kUnknownWorkloads);
}

TEST(DocCoverageTest, EachNameOnceInModuleOrder) {
  ModelCoverageFacts facts = MeasureModelCoverage(Tiny(), {}, std::nullopt, Dataset(true));
  ASSERT_EQ(facts.rows.size(), 3u);
  EXPECT_EQ(facts.rows[0].name, "rmsnorm_h64");
  EXPECT_EQ(facts.rows[2].name, "gemm_n32_k64");
  EXPECT_EQ(facts.rows[2].op_type, "gemm");
  EXPECT_EQ(facts.present, 2u);
  EXPECT_FALSE(facts.unmapped_known);
  ModelCoverageFacts generated =
      MeasureModelCoverage(Tiny(), {}, std::vector<UnmappedOp>{{{"act"}, "GeGLU"}}, Dataset(true));
  EXPECT_TRUE(generated.unmapped_known);
  EXPECT_EQ(generated.unmapped.size(), 1u);
}

TEST(DocCoverageTest, TagsAreCheckedBothWays) {
  ModelCoverageFacts facts = MeasureModelCoverage(Tiny(), {}, std::nullopt, Dataset(true));
  // gemm_n64_k64 is mapped and in the dataset without the tag; gemm_n32_k64 is not in the
  // dataset at all (nothing to tag); gemm_n8_k64 is tagged but not mapped.
  EXPECT_EQ(facts.tags.untagged, std::vector<std::string>{"gemm_n64_k64"});
  EXPECT_EQ(facts.tags.tagged_unmapped, std::vector<std::string>{"gemm_n8_k64"});
}

}  // namespace
}  // namespace fib
