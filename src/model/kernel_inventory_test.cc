#include "model/kernel_inventory.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Module Layer(std::string key, std::vector<std::string> names) {
  return Module{std::move(key), 4, "Root", "layer", std::move(names)};
}

DatasetFacts Dataset() {
  DatasetFacts dataset;
  dataset.names = {"rmsnorm_h64", "gqa_paged_decode_h8_kv1_d64_ps1", "odd_kernel_x"};
  dataset.op_types = {{"odd_kernel_x", "custom"}};
  dataset.has_workloads = true;
  dataset.workload_entries = {{"gqa_paged/gqa_paged_decode_h8_kv1_d64_ps1", 5}};
  return dataset;
}

TEST(KernelInventoryTest, OneEntryPerNameModuleAndTp) {
  Model model;
  model.modules = {
      {"Root", 1, std::nullopt, "block", std::nullopt},
      Layer("norm", {"rmsnorm_h64"}),
      Layer("attn", {"gqa_paged_decode_h8_kv1_d64_ps1", "gqa_paged_decode_h4_kv1_d64_ps64"}),
      Layer("moe", {"moe_fp8_block_scale_renorm_topk2_e4_h64_i32"}),
      Layer("post_norm", {"rmsnorm_h64"})};
  KernelShapes shapes;
  shapes.tp_of_name = {{"gqa_paged_decode_h8_kv1_d64_ps1", {1}},
                       {"gqa_paged_decode_h4_kv1_d64_ps64", {2}},
                       {"rmsnorm_h64", {1, 2}}};
  shapes.ep = 2;
  std::vector<KernelEntry> entries = BuildKernelInventory(model, shapes, Dataset());
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0].definition_name, "rmsnorm_h64");
  EXPECT_EQ(entries[0].tp, std::nullopt);  // not per rank, whatever generated it
  EXPECT_EQ(entries[0].op_type, "rmsnorm");
  EXPECT_TRUE(entries[0].exists);
  EXPECT_EQ(entries[1].tp, 1);
  EXPECT_EQ(entries[1].page_size, 1);
  EXPECT_EQ(entries[1].workload_entries, 5);
  EXPECT_EQ(entries[2].tp, 2);
  EXPECT_EQ(entries[2].page_size, 64);
  EXPECT_FALSE(entries[2].exists);
  EXPECT_EQ(entries[3].op_type, "moe");
  EXPECT_EQ(entries[3].ep, 2);
  EXPECT_EQ(entries[3].tp, std::nullopt);
  EXPECT_EQ(entries[4].module, "post_norm");
}

TEST(KernelInventoryTest, UnknownPrefixFallsBackToTheDatasetFolder) {
  Model model;
  model.modules = {Layer("x", {"odd_kernel_x", "other_y"})};
  std::vector<KernelEntry> entries = BuildKernelInventory(model, {}, Dataset());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].op_type, "custom");
  EXPECT_EQ(entries[1].op_type, std::nullopt);
}

TEST(KernelInventoryTest, ShapesFromPerTpModels) {
  Model tp1, tp2;
  tp1.modules = {Layer("attn", {"gqa_a_h8"}), Layer("norm", {"rmsnorm_h64"})};
  tp2.modules = {Layer("attn", {"gqa_a_h4"}), Layer("norm", {"rmsnorm_h64"})};
  KernelShapes shapes = ShapesFromPerTpModels({{1, tp1}, {2, tp2}}, 4);
  EXPECT_EQ(shapes.tp_of_name.at("gqa_a_h8"), std::vector<int64_t>{1});
  EXPECT_EQ(shapes.tp_of_name.at("gqa_a_h4"), std::vector<int64_t>{2});
  EXPECT_EQ(shapes.tp_of_name.at("rmsnorm_h64"), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(shapes.single_tp, std::nullopt);
  EXPECT_EQ(shapes.ep, 4);
  EXPECT_EQ(ShapesFromPerTpModels({{8, tp1}}, 1).single_tp, 8);
}

}  // namespace
}  // namespace fib
