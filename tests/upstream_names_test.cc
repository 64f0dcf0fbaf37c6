// The names the generator puts on leaves, against the upstream models.ts entries of the seven
// models it shares with the config folder (both from ../shared; skipped when absent). Every
// difference is listed here and explained in docs/upstream-differences.md; a new difference
// fails the test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace fib {
namespace {

using Names = std::set<std::string>;

struct Case {
  std::string id;
  std::string config;
  std::string tp, ep, page_sizes;
  Names only_generated;  // upstream leaves these out (docs/upstream-differences.md)
  Names only_upstream;   // upstream errors: names that do not exist
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"llama-3.1-8b", "llama-3.1-8b", "1", "1", "1", {}, {}},
      {"qwen3-30b-a3b",
       "qwen3-30b-a3b",
       "1",
       "1",
       "1",
       {"moe_fp8_block_scale_renorm_topk8_e128_h2048_i768", "gemm_n128_k2048", "gemm_n2048_k4096",
        "gemm_n5120_k2048"},
       {}},
      {"qwen3-next-80b-a3b",
       "qwen3-next-80b-a3b",
       "1",
       "1",
       "1",
       {"rmsnorm_h256", "moe_fp8_block_scale_renorm_topk10_e512_h2048_i512", "gemm_n1024_k2048",
        "gemm_n12288_k2048", "gemm_n2048_k4096", "gemm_n2048_k512", "gemm_n512_k2048",
        "gemm_n64_k2048", "gemm_n9216_k2048", "rope_with_cos_sin_cache_neox_style_d256_rd64"},
       {"gdn_decode_qk16_v32_d128_v_last", "gdn_mtp_qk16_v32_d128_v_last",
        "gdn_prefill_qk16_v32_d128_v_last"}},
      {"deepseek-v3",
       "deepseek-v3",
       "8",
       "8",
       "1",
       {"gemm_n2112_k7168", "gemm_n24576_k1536", "gemm_n256_k7168", "gemm_n32768_k512",
        "gemm_n36864_k7168", "gemm_n4096_k7168", "gemm_n7168_k16384", "gemm_n7168_k18432",
        "gemm_n7168_k2048"},
       {}},
      {"kimi-k2",
       "kimi-k2-instruct",
       "8",
       "8",
       "1",
       {"gemm_n12288_k1536", "gemm_n16384_k512", "gemm_n2112_k7168", "gemm_n36864_k7168",
        "gemm_n384_k7168", "gemm_n4096_k7168", "gemm_n7168_k18432", "gemm_n7168_k2048",
        "gemm_n7168_k8192"},
       {}},
      {"minimax-m2",
       "minimax-m2.7",
       "8",
       "1",
       "1,64",
       {"moe_fp8_block_scale_ds_routing_topk8_ng1_kg1_e256_h3072_i1536", "rmsnorm_h1024",
        "rmsnorm_h6144"},
       {}},
      {"llama-4-scout-17b-16e",
       "llama-4-scout-17b-16e",
       "8",
       "1",
       "1,64",
       {"gqa_paged_decode_h5_kv1_d128_ps64", "gemm_n16384_k5120", "gemm_n16_k5120",
        "gemm_n5120_k5120", "gemm_n5120_k8192", "gemm_n7168_k5120"},
       {}},
  };
  return cases;
}

Names Minus(const Names& a, const Names& b) {
  Names out;
  for (const std::string& name : a) {
    if (!b.count(name)) out.insert(name);
  }
  return out;
}

TEST(UpstreamNamesTest, DifferencesAreExactlyTheDocumentedOnes) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the upstream comparison needs it";
  testing::RunOutput listed = testing::RunTool(
      {"list", "--format", "json", (*shared / "fixtures/upstream/models.ts").string()});
  ASSERT_EQ(listed.exit_code, 0);
  nlohmann::json upstream = nlohmann::json::parse(listed.out);
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.id);
    testing::RunOutput run = testing::RunTool(
        {"generate", "--config", (*shared / "fixtures/configs" / (c.config + ".json")).string(),
         "--model-name", c.id, "--tp", c.tp, "--ep", c.ep, "--page-sizes", c.page_sizes, "--stdout",
         "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    Names generated = testing::DefinitionNames(nlohmann::json::parse(run.out));
    auto it = std::find_if(upstream.begin(), upstream.end(),
                           [&](const nlohmann::json& m) { return m["id"] == c.id; });
    ASSERT_NE(it, upstream.end());
    Names theirs = testing::DefinitionNames(*it);
    EXPECT_EQ(Minus(generated, theirs), c.only_generated);
    EXPECT_EQ(Minus(theirs, generated), c.only_upstream);
  }
}

}  // namespace
}  // namespace fib
