#include "naming/op_type.h"

#include <gtest/gtest.h>

#include "naming/definition_names.h"

namespace fib {
namespace {

// Every format definition_names.h produces, with the folder its family lives in.
TEST(OpTypeTest, EveryGeneratedFormatHasItsFolder) {
  Parallelism parallel{{2}, 4, {1, 64}};
  std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{RmsNormName(4096), FusedAddRmsNormName(4096)}, "rmsnorm"},
      {{GemmName(6144, 4096)}, "gemm"},
      {{RopeName(128, 64)}, "rope"},
      {{DsaIndexerName({64, 128, 2048})}, "dsa_paged"},
      {DsaSparseNames({128, 1536, 512, 128, 64, 128}, {64, 128, 2048}, parallel), "dsa_paged"},
      {GdnNames({16, 32, 128, 128}, parallel), "gdn"},
      {MambaNames({128, 64, 128, 8}, parallel), "mamba_ssu"},
      {SamplingNames(128256), "sampling"},
  };
  for (const auto& [names, op_type] : cases) {
    for (const std::string& name : names) EXPECT_EQ(OpTypeOfName(name), op_type) << name;
  }
  for (const std::string& name : GqaNames({32, 8, 128}, parallel)) {
    EXPECT_EQ(OpTypeOfName(name),
              name.find("ragged") == std::string::npos ? "gqa_paged" : "gqa_ragged");
  }
  for (const std::string& name : MlaNames({128, 1536, 512, 128, 64, 128}, parallel)) {
    EXPECT_EQ(OpTypeOfName(name),
              name.find("ragged") == std::string::npos ? "mla_paged" : "mla_ragged");
  }
  for (MoeRouting routing :
       {MoeRouting::kDeepSeek, MoeRouting::kRenorm, MoeRouting::kDefault, MoeRouting::kLlama4}) {
    MoeShape moe{256, 8, 7168, 2048, routing, 8, 4};
    for (const std::string& name : MoeNames(moe, parallel)) EXPECT_EQ(OpTypeOfName(name), "moe");
  }
}

TEST(OpTypeTest, UnknownPrefixesHaveNone) {
  EXPECT_EQ(OpTypeOfName("layernorm_h4096"), std::nullopt);
  EXPECT_EQ(OpTypeOfName(""), std::nullopt);
  EXPECT_EQ(OpTypeOfName("gemm"), std::nullopt);  // the prefix needs its underscore
}

TEST(OpTypeTest, PageSizeFromTheSuffix) {
  EXPECT_EQ(PageSizeOfName("gqa_paged_decode_h32_kv8_d128_ps64"), 64);
  EXPECT_EQ(PageSizeOfName("dsa_topk_indexer_fp8_h64_d128_topk2048_ps64"), 64);
  EXPECT_EQ(PageSizeOfName("gqa_ragged_prefill_causal_h32_kv8_d128"), std::nullopt);
  EXPECT_EQ(PageSizeOfName("x_ps"), std::nullopt);
  EXPECT_EQ(PageSizeOfName("x_ps1a"), std::nullopt);
}

TEST(OpTypeTest, ShardsFollowTheFamily) {
  EXPECT_TRUE(ShardsOfOpType("gqa_paged").tp);
  EXPECT_FALSE(ShardsOfOpType("gqa_paged").ep);
  EXPECT_TRUE(ShardsOfOpType("moe").ep);
  EXPECT_FALSE(ShardsOfOpType("moe").tp);
  EXPECT_FALSE(ShardsOfOpType("gemm").tp);
  EXPECT_FALSE(ShardsOfOpType("sampling").ep);
  EXPECT_EQ(KnownOpTypes().size(), 12u);
}

}  // namespace
}  // namespace fib
