#include "model/architecture_summary.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Module M(std::string key, int64_t count, std::optional<std::string> parent,
         std::vector<std::string> names = {}, std::string type = "layer") {
  return Module{std::move(key), count, std::move(parent), std::move(type), std::move(names)};
}

TEST(ArchitectureSummaryTest, DenseAndMoeLayersOfADeepSeekTree) {
  Model model;
  model.modules = {
      M("Root", 1, std::nullopt, {}, "block"),
      M("layers", 61, "Root", {}, "block"),
      M("DeepseekV3DecoderLayer", 61, "layers", {}, "block"),
      M("attn_mla", 61, "DeepseekV3DecoderLayer",
        {"mla_paged_decode_h16_ckv512_kpe64_ps1", "mla_ragged_prefill_causal_h16_qk192_vo128"}),
      M("mlp_dense", 3, "DeepseekV3DecoderLayer", {}, "block"),
      M("moe", 58, "DeepseekV3DecoderLayer", {}, "block"),
      M("moe_topk", 58, "moe", {"moe_fp8_block_scale_ds_routing_topk8_ng8_kg4_e32_h7168_i2048"}),
      M("moe_experts", 58, "moe", {"moe_fp8_block_scale_ds_routing_topk8_ng8_kg4_e32_h7168_i2048"}),
  };
  ArchitectureSummary summary = SummarizeArchitecture(model);
  EXPECT_EQ(summary.layers, 61);
  ASSERT_EQ(summary.mixers.size(), 1u);
  EXPECT_EQ(summary.mixers[0], (std::pair<std::string, int64_t>{"MLA", 61}));
  EXPECT_EQ(summary.moe_layers, 58);  // topk and experts share their block: counted once
  EXPECT_EQ(summary.dense_layers, 3);
}

TEST(ArchitectureSummaryTest, HybridVariantsAddUp) {
  Model model;
  model.modules = {
      M("Root", 1, std::nullopt, {}, "block"),
      M("NextDecoderLayer_GDN", 36, "Root", {}, "block"),
      M("attn_gdn", 36, "NextDecoderLayer_GDN", {"gdn_decode_qk16_v32_d128_k_last"}),
      M("moe_gdn", 36, "NextDecoderLayer_GDN",
        {"moe_fp8_block_scale_renorm_topk10_e512_h2048_i512"}),
      M("NextDecoderLayer_Attention", 12, "Root", {}, "block"),
      M("attn", 12, "NextDecoderLayer_Attention", {"gqa_paged_decode_h16_kv2_d256_ps1"}),
      M("moe_att", 12, "NextDecoderLayer_Attention",
        {"moe_fp8_block_scale_renorm_topk10_e512_h2048_i512"}),
  };
  ArchitectureSummary summary = SummarizeArchitecture(model);
  EXPECT_EQ(summary.layers, 48);
  ASSERT_EQ(summary.mixers.size(), 2u);
  EXPECT_EQ(summary.mixers[0], (std::pair<std::string, int64_t>{"GDN", 36}));
  EXPECT_EQ(summary.mixers[1], (std::pair<std::string, int64_t>{"GQA", 12}));
  EXPECT_EQ(summary.moe_layers, 48);
  EXPECT_EQ(summary.dense_layers, 0);
}

TEST(ArchitectureSummaryTest, MambaLayersLeaveTheDenseCountUnknown) {
  Model model;
  model.modules = {
      M("layers", 52, std::nullopt, {}, "block"),
      M("mamba", 24, "layers", {"mamba_ssu_decode_h128_d64_s128_ng8"}),
      M("attn", 4, "layers", {"gqa_paged_decode_h32_kv8_d128_ps1"}),
  };
  ArchitectureSummary summary = SummarizeArchitecture(model);
  EXPECT_EQ(summary.layers, 52);  // no DecoderLayer blocks: the layers block says
  EXPECT_EQ(summary.mixers.front().first, "GQA");
  EXPECT_EQ(summary.mixers.back(), (std::pair<std::string, int64_t>{"Mamba2", 24}));
  EXPECT_EQ(summary.dense_layers, -1);
}

TEST(ArchitectureSummaryTest, DsaNamesTheMixerOverItsMlaPrefill) {
  Model model;
  model.modules = {
      M("DecoderLayer", 61, std::nullopt, {}, "block"),
      M("indexer", 61, "DecoderLayer", {"dsa_topk_indexer_fp8_h64_d128_topk2048_ps64"}),
      M("attn", 61, "DecoderLayer",
        {"dsa_sparse_attention_h16_ckv512_kpe64_topk2048_ps1",
         "mla_ragged_prefill_causal_h16_qk192_vo128"}),
  };
  ArchitectureSummary summary = SummarizeArchitecture(model);
  ASSERT_EQ(summary.mixers.size(), 1u);
  EXPECT_EQ(summary.mixers[0], (std::pair<std::string, int64_t>{"DSA", 61}));
  EXPECT_EQ(summary.moe_layers, 0);
  EXPECT_EQ(summary.dense_layers, 61);
}

TEST(ArchitectureSummaryTest, MixerKinds) {
  EXPECT_EQ(MixerKindOf("gqa_ragged"), "GQA");
  EXPECT_EQ(MixerKindOf("mla_paged"), "MLA");
  EXPECT_EQ(MixerKindOf("mamba_ssu"), "Mamba2");
  EXPECT_EQ(MixerKindOf("gemm"), "");
}

}  // namespace
}  // namespace fib
