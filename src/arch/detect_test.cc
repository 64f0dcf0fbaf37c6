#include "arch/detect.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

Result<ArchFacts> Detect(const std::string& json) {
  testing::TempDir temp;
  testing::WriteText(temp.File("config.json"), json);
  Result<ModelConfig> config = LoadModelConfig(temp.File("config.json"));
  if (!config) return config.error();
  return DetectArchitecture(*config);
}

std::string Ffns(const ArchFacts& facts) {
  std::string out;
  for (const LayerKind& kind : facts.layer_kinds) out += kind.ffn == Ffn::kMoe ? 'E' : 'D';
  return out;
}

constexpr const char* kBase =
    R"("architectures": ["XForCausalLM"], "hidden_size": 64, "num_hidden_layers": 6,
       "num_attention_heads": 4, "intermediate_size": 128)";

TEST(DetectTest, MoeLayerRules) {
  auto with = [](const std::string& extra) {
    return Detect("{" + std::string(kBase) + R"(, "num_experts": 4, "num_experts_per_tok": 2, )" +
                  extra + "}");
  };
  EXPECT_EQ(Ffns(*with(R"("model_type": "x", "first_k_dense_replace": 2)")), "DDEEEE");
  // DeepSeek's rule, as transformers writes it: i >= first_k_dense_replace and
  // i % moe_layer_freq == 0.
  EXPECT_EQ(Ffns(*with(R"("model_type": "x", "first_k_dense_replace": 1, "moe_layer_freq": 2)")),
            "DDEDED");
  EXPECT_EQ(Ffns(*with(R"("model_type": "x", "decoder_sparse_step": 2, "mlp_only_layers": [3])")),
            "DEDDDE");
  EXPECT_EQ(Ffns(*with(R"("model_type": "x", "interleave_moe_layer_step": 2)")), "DEDEDE");
  EXPECT_EQ(Ffns(*with(R"("model_type": "x", "moe_layers": [0, 5])")), "EDDDDE");
}

TEST(DetectTest, Llama4NoRopeLayers) {
  Result<ArchFacts> implicit = Detect("{" + std::string(kBase) + R"(, "model_type": "llama4_text",
      "num_local_experts": 2, "num_experts_per_tok": 1, "no_rope_layers": []})");
  ASSERT_TRUE(implicit.ok()) << Render(implicit.error());
  std::string rope;
  for (const LayerKind& kind : implicit->layer_kinds) rope += kind.rope ? 'R' : 'N';
  EXPECT_EQ(rope, "RRRNRR");
  EXPECT_EQ(implicit->moe->scoring, Scoring::kLlama4);
  EXPECT_EQ(implicit->moe->shared_intermediate, 128);
}

TEST(DetectTest, HybridLayerTypesAndNonFiniteLiterals) {
  Result<ArchFacts> gdn = Detect("{" + std::string(kBase) + R"(, "model_type": "qwen3_next",
      "layer_types": ["linear_attention", "full_attention", "linear_attention",
                      "linear_attention", "full_attention", "linear_attention"],
      "linear_num_key_heads": 2, "linear_num_value_heads": 4, "linear_key_head_dim": 16,
      "linear_value_head_dim": 16, "limits": [0.0, Infinity, -Infinity, NaN]})");
  ASSERT_TRUE(gdn.ok()) << Render(gdn.error());
  EXPECT_TRUE(gdn->hybrid);
  EXPECT_EQ(gdn->layer_kinds[1].mixer, Mixer::kAttention);
  EXPECT_EQ(gdn->layer_kinds[2].mixer, Mixer::kGdn);
  EXPECT_TRUE(gdn->traits.output_gate);
  EXPECT_EQ(gdn->traits.qk_norm, QkNorm::kPerHead);
}

TEST(DetectTest, DefaultsForAbsentFields) {
  Result<ArchFacts> facts = Detect("{" + std::string(kBase) + R"(, "model_type": "llama"})");
  ASSERT_TRUE(facts.ok());
  EXPECT_EQ(facts->gqa.kv_heads, 4);   // num_key_value_heads defaults to the head count
  EXPECT_EQ(facts->gqa.head_dim, 16);  // head_dim defaults to hidden / heads
  Result<ArchFacts> gemma = Detect(R"({"architectures": ["Gemma3ForConditionalGeneration"],
      "text_config": {"model_type": "gemma3_text", "hidden_size": 64, "num_hidden_layers": 2,
      "num_attention_heads": 4, "head_dim": 32, "intermediate_size": 128}})");
  ASSERT_TRUE(gemma.ok()) << Render(gemma.error());
  EXPECT_EQ(gemma->vocab, 262208);
  EXPECT_EQ(gemma->root, "Gemma3ForConditionalGeneration");
}

}  // namespace
}  // namespace fib
