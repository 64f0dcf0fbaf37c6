// Spec §6: the seed example of the upstream generate-model-definition skill, reproduced
// module by module (keys, parents, counts, types, definitions), with GEMM names spelled as
// the dataset spells them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace fib {
namespace {

struct SeedModule {
  std::string key;
  int count;
  std::string parent;  // "" for the root
  std::string type;
  std::vector<std::string> definitions;
};

TEST(SeedExampleTest, KimiSeedIsReproducedExactly) {
  std::filesystem::current_path(testing::SourceDir());
  testing::RunOutput run =
      testing::RunTool({"generate", "--config", "fixtures/configs/seed-model_architecture.json",
                        "--model-name", "kimi-k2", "--stdout", "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  const std::vector<SeedModule> seed = {
      {"KimiForCausalLM", 1, "", "block", {}},
      {"KimiModel", 1, "KimiForCausalLM", "block", {}},
      {"embed_tokens", 1, "KimiModel", "layer", {}},
      {"layers", 32, "KimiModel", "block", {}},
      {"KimiDecoderLayer", 32, "layers", "block", {}},
      {"input_layernorm",
       32,
       "KimiDecoderLayer",
       "layer",
       {"rmsnorm_h4096", "fused_add_rmsnorm_h4096"}},
      {"self_attn", 32, "KimiDecoderLayer", "block", {}},
      {"qkv_proj", 32, "self_attn", "layer", {"gemm_n6144_k4096"}},
      {"rotary_emb", 32, "self_attn", "layer", {}},
      {"attn",
       32,
       "self_attn",
       "layer",
       {"gqa_paged_prefill_causal_h32_kv8_d128_ps1", "gqa_paged_decode_h32_kv8_d128_ps1",
        "gqa_ragged_prefill_causal_h32_kv8_d128"}},
      {"o_proj", 32, "self_attn", "layer", {"gemm_n4096_k4096"}},
      {"post_attention_layernorm", 32, "KimiDecoderLayer", "layer", {"fused_add_rmsnorm_h4096"}},
      {"mlp", 32, "KimiDecoderLayer", "block", {}},
      {"gate_up_proj", 32, "mlp", "layer", {"gemm_n28672_k4096"}},
      {"act_fn", 32, "mlp", "layer", {}},
      {"down_proj", 32, "mlp", "layer", {"gemm_n4096_k14336"}},
      {"norm", 1, "KimiModel", "layer", {"fused_add_rmsnorm_h4096"}},
      {"lm_head", 1, "KimiForCausalLM", "layer", {}},
  };
  nlohmann::ordered_json model = nlohmann::ordered_json::parse(run.out);
  EXPECT_EQ(model["id"], "kimi-k2");
  EXPECT_EQ(model["name"], "Kimi K2");
  ASSERT_EQ(model["modules"].size(), seed.size());
  size_t i = 0;
  for (const auto& [key, module] : model["modules"].items()) {
    const SeedModule& expected = seed[i++];
    SCOPED_TRACE(expected.key);
    EXPECT_EQ(key, expected.key);
    EXPECT_EQ(module["count"], expected.count);
    EXPECT_EQ(module.value("parent", ""), expected.parent);
    EXPECT_EQ(module["type"], expected.type);
    EXPECT_EQ(module["definitions"].get<std::vector<std::string>>(), expected.definitions);
  }
}

}  // namespace
}  // namespace fib
