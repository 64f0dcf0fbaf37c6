#include <gtest/gtest.h>

#include "config/model_config.h"

namespace fib {
namespace {

TEST(LoadModelConfigTest, AWrapperKeepsTheLanguageModelsFieldsAndItsOwn) {
  MemoryFileReader files(
      std::map<std::string, std::string>{{"/m/config.json",
                                          R"({"architectures": ["Gemma3ForConditionalGeneration"],
                               "model_type": "gemma3",
                               "text_config": {"model_type": "gemma3_text", "hidden_size": 5376}})"}});
  Result<ModelConfig> config = LoadModelConfig("/m/config.json", files);
  ASSERT_TRUE(config.ok()) << Render(config.error());
  EXPECT_EQ(config->format, "config.json");
  EXPECT_EQ(config->architecture, "Gemma3ForConditionalGeneration");
  EXPECT_EQ(config->wrapper_type, "gemma3");
  ASSERT_NE(config->Find("hidden_size"), nullptr);
  EXPECT_EQ(config->Find("hidden_size")->integer, 5376);
  EXPECT_EQ(config->Find("model_type")->text, "gemma3_text");
}

TEST(LoadModelConfigTest, AnArchitectureExtractIsMappedToHuggingFaceNames) {
  MemoryFileReader files(std::map<std::string, std::string>{
      {"/m/arch.json",
       R"({"architecture_type": "Qwen3ForCausalLM", "num_layers": 36,
                               "hidden_size": 4096,
                               "attention": {"num_heads": 32, "num_kv_heads": 8, "head_dim": 128},
                               "moe": {"num_experts": 128, "top_k": 8}})"}});
  Result<ModelConfig> config = LoadModelConfig("/m/arch.json", files);
  ASSERT_TRUE(config.ok()) << Render(config.error());
  EXPECT_EQ(config->format, "model_architecture.json");
  EXPECT_EQ(config->architecture, "Qwen3ForCausalLM");
  EXPECT_EQ(config->Find("num_hidden_layers")->integer, 36);
  EXPECT_EQ(config->Find("num_key_value_heads")->integer, 8);
  EXPECT_EQ(config->Find("n_routed_experts")->integer, 128);
  EXPECT_EQ(config->Find("num_experts_per_tok")->integer, 8);
}

TEST(LoadModelConfigTest, FieldsKnowWhereTheyStand) {
  std::string text = "{\n  \"hidden_size\": 4096,\n  \"rope_parameters\": {\"factor\": 8}\n}\n";
  MemoryFileReader files(std::map<std::string, std::string>{{"/m/config.json", text}});
  Result<ModelConfig> config = LoadModelConfig("/m/config.json", files);
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(config->Find("hidden_size")->offset, text.find("4096"));
  EXPECT_EQ(config->Find("rope_parameters.factor")->integer, 8);
  EXPECT_EQ(config->Find("rope_parameters.factor")->offset, text.find("8}"));
}

TEST(LoadModelConfigTest, ErrorsAreLocatedInTheFile) {
  MemoryFileReader files(
      {{std::string("/m/list.json"), "[1, 2]\n"}, {"/m/bad.json", "{\"a\": }\n"}});
  Result<ModelConfig> list = LoadModelConfig("/m/list.json", files);
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(Render(list.error()),
            "/m/list.json:1:1: error: expected a JSON object (a config.json or "
            "model_architecture.json)\n"
            " 1 | [1, 2]\n"
            "   | ^\n");
  Result<ModelConfig> bad = LoadModelConfig("/m/bad.json", files);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kInput);
  EXPECT_EQ(bad.error().where->column, 7u);
  Result<ModelConfig> missing = LoadModelConfig("/m/none.json", files);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kIo);
}

}  // namespace
}  // namespace fib
