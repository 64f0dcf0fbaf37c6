#include "naming/definition_names.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

using Names = std::vector<std::string>;

TEST(DefinitionNamesTest, NormsGemmsAndRope) {
  EXPECT_EQ(RmsNormName(7168), "rmsnorm_h7168");
  EXPECT_EQ(FusedAddRmsNormName(4096), "fused_add_rmsnorm_h4096");
  EXPECT_EQ(GemmName(6144, 4096), "gemm_n6144_k4096");
  EXPECT_EQ(RopeName(128, 64), "rope_with_cos_sin_cache_neox_style_d128_rd64");
}

TEST(DefinitionNamesTest, GqaOrderIsPrefillDecodeRaggedPerTpWithoutDuplicates) {
  GqaDims gqa{32, 8, 128};
  Parallelism parallel{{1, 2}, 1, {1, 64}};
  EXPECT_EQ(
      GqaNames(gqa, parallel),
      (Names{"gqa_paged_prefill_causal_h32_kv8_d128_ps1",
             "gqa_paged_prefill_causal_h32_kv8_d128_ps64", "gqa_paged_decode_h32_kv8_d128_ps1",
             "gqa_paged_decode_h32_kv8_d128_ps64", "gqa_ragged_prefill_causal_h32_kv8_d128",
             "gqa_paged_prefill_causal_h16_kv4_d128_ps1",
             "gqa_paged_prefill_causal_h16_kv4_d128_ps64", "gqa_paged_decode_h16_kv4_d128_ps1",
             "gqa_paged_decode_h16_kv4_d128_ps64", "gqa_ragged_prefill_causal_h16_kv4_d128"}));
}

TEST(DefinitionNamesTest, KvHeadsAreReplicatedPastTp) {
  EXPECT_EQ(KvHeadsPerRank(8, 2), 4);
  EXPECT_EQ(KvHeadsPerRank(8, 8), 1);
  EXPECT_EQ(KvHeadsPerRank(8, 16), 1);
  EXPECT_EQ(GqaNames({40, 8, 128}, {{8}, 1, {1}}).back(), "gqa_ragged_prefill_causal_h5_kv1_d128");
}

TEST(DefinitionNamesTest, MlaAndDsa) {
  MlaDims mla{128, 1536, 512, 128, 64, 128};
  EXPECT_EQ(MlaNames(mla, {{8}, 1, {1}}), (Names{"mla_paged_prefill_causal_h16_ckv512_kpe64_ps1",
                                                 "mla_paged_decode_h16_ckv512_kpe64_ps1",
                                                 "mla_ragged_prefill_causal_h16_qk192_vo128"}));
  DsaDims dsa{64, 128, 2048};
  EXPECT_EQ(DsaIndexerName(dsa), "dsa_topk_indexer_fp8_h64_d128_topk2048_ps64");
  EXPECT_EQ(DsaSparseNames(mla, dsa, {{8}, 1, {1, 64}}),
            (Names{"dsa_sparse_attention_h16_ckv512_kpe64_topk2048_ps1",
                   "dsa_sparse_attention_h16_ckv512_kpe64_topk2048_ps64"}));
}

TEST(DefinitionNamesTest, GdnAndMamba) {
  EXPECT_EQ(GdnNames({16, 32, 128, 128}, {{1, 2}, 1, {1}}),
            (Names{"gdn_prefill_qk16_v32_d128_k_last", "gdn_decode_qk16_v32_d128_k_last",
                   "gdn_mtp_qk16_v32_d128_k_last", "gdn_prefill_qk8_v16_d128_k_last",
                   "gdn_decode_qk8_v16_d128_k_last", "gdn_mtp_qk8_v16_d128_k_last"}));
  EXPECT_EQ(MambaNames({128, 64, 128, 8}, {{1}, 1, {1}}),
            (Names{"mamba_ssu_decode_h128_d64_s128_ng8"}));
}

TEST(DefinitionNamesTest, MoeRoutingKinds) {
  MoeShape moe{256, 8, 7168, 2048, MoeRouting::kDeepSeek, 8, 4};
  EXPECT_EQ(MoeNames(moe, {{8}, 8, {1}}),
            (Names{"moe_fp8_block_scale_ds_routing_topk8_ng8_kg4_e32_h7168_i2048"}));
  moe = {128, 8, 2048, 768, MoeRouting::kRenorm};
  EXPECT_EQ(MoeNames(moe, {{1}, 1, {1}}),
            (Names{"moe_fp8_block_scale_renorm_topk8_e128_h2048_i768"}));
  moe.routing = MoeRouting::kDefault;
  EXPECT_EQ(MoeNames(moe, {{1}, 1, {1}}),
            (Names{"moe_fp8_block_scale_default_topk8_e128_h2048_i768"}));
  moe = {16, 1, 5120, 8192, MoeRouting::kLlama4};
  EXPECT_EQ(MoeNames(moe, {{8}, 1, {1}}),
            (Names{"trtllm_fp4_block_scale_moe_topk1_e16_h5120_i8192",
                   "trtllm_fp4_block_scale_routed_moe_topk1_e16_h5120_i8192",
                   "trtllm_fp8_per_tensor_scale_moe_topk1_e16_h5120_i8192"}));
}

TEST(DefinitionNamesTest, Int4PackQuantizedExpertsAsUpstreamSpellsThem) {
  MoeShape moe{384, 8, 7168, 2048, MoeRouting::kDeepSeek, 1, 1, MoeWeights::kInt4PackQuantized};
  EXPECT_EQ(MoeNames(moe, {{8}, 8, {1}}),
            (Names{"moe_int4_pack_quantized_ds_routing_topk8_ng1_kg1_e48_h7168_i2048"}));
}

TEST(DefinitionNamesTest, Sampling) {
  EXPECT_EQ(SamplingNames(128256),
            (Names{"top_k_sampling_from_probs_v128256", "top_p_sampling_from_probs_v128256",
                   "top_k_top_p_sampling_from_probs_v128256"}));
}

}  // namespace
}  // namespace fib
