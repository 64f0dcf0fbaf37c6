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

std::string WarningText(const ArchFacts& facts) {
  std::string out;
  for (const Diagnostic& warning : facts.warnings) out += warning.message + "\n";
  return out;
}

TEST(DetectTest, UnknownTypesSayExactlyWhatWasAssumed) {
  Result<ArchFacts> plain = Detect("{" + std::string(kBase) + R"(, "model_type": "foo"})");
  ASSERT_TRUE(plain.ok());
  EXPECT_NE(WarningText(*plain).find("assumed pre-norm RMSNorm, gated SiLU MLP, no q/k norm and "
                                     "full RoPE on every layer"),
            std::string::npos)
      << WarningText(*plain);
  // What the config states is read, not assumed.
  Result<ArchFacts> stated = Detect("{" + std::string(kBase) + R"(, "model_type": "foo",
      "hidden_act": "relu2", "use_qk_norm": true, "qk_norm_type": "per_head",
      "partial_rotary_factor": 0.5})");
  ASSERT_TRUE(stated.ok());
  EXPECT_EQ(stated->traits.mlp, MlpKind::kNonGated);
  EXPECT_EQ(stated->traits.qk_norm, QkNorm::kPerHead);
  EXPECT_EQ(stated->rotary_dim, 8);
  EXPECT_NE(WarningText(*stated).find("assumed pre-norm RMSNorm (check"), std::string::npos)
      << WarningText(*stated);
  // A known family gives no such warning.
  Result<ArchFacts> known = Detect("{" + std::string(kBase) + R"(, "model_type": "qwen3"})");
  ASSERT_TRUE(known.ok());
  EXPECT_TRUE(known->warnings.empty()) << WarningText(*known);
}

TEST(DetectTest, AnUnknownTypeWithAKnownClassIsThatFamilyWithAWarning) {
  Result<ArchFacts> facts = Detect(R"({"architectures": ["Qwen3ForCausalLM"],
      "model_type": "qwen3_custom", "hidden_size": 64, "num_hidden_layers": 2,
      "num_attention_heads": 4, "intermediate_size": 128})");
  ASSERT_TRUE(facts.ok());
  EXPECT_EQ(facts->model_type, "qwen3");
  EXPECT_EQ(facts->traits.qk_norm, QkNorm::kPerHead);
  EXPECT_NE(WarningText(*facts).find("is the 'qwen3' family's"), std::string::npos);
}

TEST(DetectTest, PerLayerStructureIsRefusedByName) {
  Result<ArchFacts> lists = Detect("{" + std::string(kBase) + R"(, "model_type": "hunyuan",
      "num_experts": 4, "moe_topk": [2, 2, 2, 4, 2, 2]})");
  ASSERT_FALSE(lists.ok());
  EXPECT_NE(lists.error().message.find("'moe_topk' is a per-layer list with different values"),
            std::string::npos)
      << lists.error().message;
  Result<ArchFacts> uniform = Detect("{" + std::string(kBase) + R"(, "model_type": "hunyuan",
      "num_experts": 4, "moe_topk": [2, 2, 2, 2, 2, 2]})");
  ASSERT_TRUE(uniform.ok()) << Render(uniform.error());
  EXPECT_EQ(uniform->moe->top_k, 2);
  Result<ArchFacts> blocks = Detect("{" + std::string(kBase) + R"(, "model_type": "llama",
      "block_configs": [{}]})");
  ASSERT_FALSE(blocks.ok());
  EXPECT_NE(blocks.error().message.find("per-layer block_configs"), std::string::npos);
}

TEST(DetectTest, CrossAttentionVisionModelsAreRefused) {
  Result<ArchFacts> vision = Detect(R"({"architectures": ["MllamaForConditionalGeneration"],
      "model_type": "mllama", "text_config": {"model_type": "mllama_text_model",
      "hidden_size": 64, "num_hidden_layers": 4, "num_attention_heads": 4,
      "intermediate_size": 128, "cross_attention_layers": [1, 3]}})");
  ASSERT_FALSE(vision.ok());
  EXPECT_NE(vision.error().message.find("cross-attention layers"), std::string::npos)
      << vision.error().message;
  EXPECT_NE(vision.error().message.find("(the config sets cross_attention_layers)"),
            std::string::npos);
}

TEST(DetectTest, QuantisedExpertsPickTheirFamilyOrAreReported) {
  std::string moe = "{" + std::string(kBase) +
                    R"(, "model_type": "qwen3_moe", "num_experts": 4, "num_experts_per_tok": 2,
      "moe_intermediate_size": 32, "norm_topk_prob": true, "quantization_config": )";
  Result<ArchFacts> int4 = Detect(moe + R"({"quant_method": "compressed-tensors",
      "format": "pack-quantized", "config_groups": {"group_0": {"targets": ["Linear"],
      "weights": {"num_bits": 4, "type": "int", "group_size": 32}}},
      "ignore": ["lm_head", "re:.*self_attn.*"]}})");
  ASSERT_TRUE(int4.ok());
  EXPECT_EQ(int4->moe->weights, MoeWeights::kInt4PackQuantized);
  EXPECT_TRUE(int4->warnings.empty());
  Result<ArchFacts> ignored = Detect(moe + R"({"quant_method": "compressed-tensors",
      "format": "pack-quantized", "config_groups": {"group_0": {"weights": {"num_bits": 4,
      "type": "int"}}}, "ignore": ["re:.*mlp.*"]}})");
  ASSERT_TRUE(ignored.ok());
  EXPECT_EQ(ignored->moe->weights, MoeWeights::kFp8BlockScale);
  Result<ArchFacts> mxfp4 = Detect(moe + R"({"quant_method": "mxfp4"}})");
  ASSERT_TRUE(mxfp4.ok());
  EXPECT_NE(WarningText(*mxfp4).find("stored as mxfp4"), std::string::npos);
  Result<ArchFacts> fp8 =
      Detect(moe + R"({"quant_method": "fp8", "weight_block_size": [128, 128]}})");
  ASSERT_TRUE(fp8.ok());
  EXPECT_TRUE(fp8->warnings.empty());
}

}  // namespace
}  // namespace fib
