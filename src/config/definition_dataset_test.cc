#include "config/definition_dataset.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

std::string Trace() { return (testing::SourceDir() / "tests/data/trace").string(); }

TEST(DefinitionDatasetTest, ReadsNamesFoldersAndModelTags) {
  Result<DefinitionDataset> dataset = LoadDefinitionDataset(Trace());
  ASSERT_TRUE(dataset.ok());
  EXPECT_EQ(dataset->names.size(), 9u);
  EXPECT_TRUE(dataset->broken.empty());
  EXPECT_EQ(dataset->op_types.at("fused_add_rmsnorm_h4096"), "rmsnorm");
  EXPECT_EQ(dataset->model_tags.at("rmsnorm_h4096"),
            (std::vector<std::string>{"llama-3.1-8b", "mistral-7b"}));
  EXPECT_EQ(dataset->model_tags.count("gqa_ragged_prefill_causal_h32_kv8_d128"), 0u);
}

TEST(DefinitionDatasetTest, CountsWorkloadEntriesBesideTheDefinitions) {
  for (const std::string& dir : {Trace(), Trace() + "/definitions", Trace() + "/definitions/"}) {
    SCOPED_TRACE(dir);
    Result<DefinitionDataset> dataset = LoadDefinitionDataset(dir);
    ASSERT_TRUE(dataset.ok());
    EXPECT_TRUE(dataset->has_workloads);
    EXPECT_EQ(dataset->WorkloadEntries("rmsnorm", "rmsnorm_h4096"), 3);
    // A blank line is not an entry, and the last line needs no newline.
    EXPECT_EQ(dataset->WorkloadEntries("gqa_paged", "gqa_paged_decode_h32_kv8_d128_ps1"), 2);
    EXPECT_EQ(dataset->WorkloadEntries("rmsnorm", "fused_add_rmsnorm_h4096"), 0);  // empty file
    EXPECT_EQ(dataset->WorkloadEntries("gemm", "rmsnorm_h4096"), 0);  // the op type is the path
    EXPECT_EQ(dataset->workload_entries.size(), 3u);
  }
}

TEST(DefinitionDatasetTest, NoWorkloadsFolderMeansUnknown) {
  Result<DefinitionDataset> dataset =
      LoadDefinitionDataset((testing::SourceDir() / "tests/data/definitions").string());
  ASSERT_TRUE(dataset.ok());
  EXPECT_FALSE(dataset->has_workloads);
  EXPECT_TRUE(dataset->workload_entries.empty());
}

// The FileReader seam: a dataset held in memory, broken files listed rather than fatal.
TEST(DefinitionDatasetTest, ReadsADatasetHeldInMemory) {
  MemoryFileReader files({
      {"/t/definitions/rmsnorm/rmsnorm_h64.json",
       R"({"name": "rmsnorm_h64", "tags": ["model:m"]})"},
      {"/t/definitions/rmsnorm/broken.json", "{"},
      {"/t/definitions/rmsnorm/notes.txt", "not a definition"},
      {"/t/definitions/gemm/gemm_n8_k8.json", R"({"name": "gemm_n8_k8"})"},
      {"/t/definitions/README.json", R"({"name": "not in an op folder"})"},
      {"/t/workloads/gemm/gemm_n8_k8.jsonl", "{}\n{}\n"},
  });
  Result<DefinitionDataset> dataset = LoadDefinitionDataset("/t", files);
  ASSERT_TRUE(dataset.ok()) << Render(dataset.error());
  EXPECT_EQ(dataset->root, "/t/definitions");
  EXPECT_EQ(dataset->names, (std::set<std::string>{"gemm_n8_k8", "rmsnorm_h64"}));
  EXPECT_EQ(dataset->op_types.at("gemm_n8_k8"), "gemm");
  EXPECT_EQ(dataset->model_tags.at("rmsnorm_h64"), std::vector<std::string>{"m"});
  ASSERT_EQ(dataset->broken.size(), 1u);
  EXPECT_EQ(dataset->broken[0].rfind("/t/definitions/rmsnorm/broken.json: ", 0), 0u);
  EXPECT_TRUE(dataset->has_workloads);
  EXPECT_EQ(dataset->WorkloadEntries("gemm", "gemm_n8_k8"), 2);

  Result<DefinitionDataset> missing = LoadDefinitionDataset("/elsewhere", files);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kIo);
}

}  // namespace
}  // namespace fib
