#include <gtest/gtest.h>

#include "config/model_config.h"

namespace fib {
namespace {

TEST(LoadSglangImplementationTest, ReadsTheNamesAndTheKernelShapes) {
  MemoryFileReader files(std::map<std::string, std::string>{{"/m/sglang.json", R"({
    "model_name": "MiniMax-M2", "class_name": "MiniMaxM2ForCausalLM",
    "forward_pass_structure": {"layers": [
      {"name": "block_sparse_moe", "type": "MoE layer"},
      {"name": "self_attn", "type": "Attention"},
      {"name": "input_layernorm", "type": "RMSNorm"}]},
    "kernel_calls": [
      {"function": "flashinfer_attention", "location": "attn.py:10",
       "parameters": {"num_heads": 48, "head_dim": 128, "scale": 0.5}},
      "not a call"]})"}});
  Result<SglangImplementation> sglang = LoadSglangImplementation("/m/sglang.json", files);
  ASSERT_TRUE(sglang.ok()) << Render(sglang.error());
  EXPECT_EQ(sglang->path, "/m/sglang.json");
  EXPECT_EQ(sglang->model_name, "MiniMax-M2");
  EXPECT_EQ(sglang->class_name, "MiniMaxM2ForCausalLM");
  // Only a name that differs from the template's key renames it.
  EXPECT_EQ(sglang->renamed_keys,
            (std::map<std::string, std::string>{{"mlp", "block_sparse_moe"}}));
  ASSERT_EQ(sglang->kernel_calls.size(), 1u);
  EXPECT_EQ(sglang->kernel_calls[0].function, "flashinfer_attention");
  EXPECT_EQ(sglang->kernel_calls[0].parameters,
            (std::map<std::string, int64_t>{{"head_dim", 128}, {"num_heads", 48}}));
}

TEST(LoadSglangImplementationTest, NotAnObjectIsAnInputError) {
  MemoryFileReader files(std::map<std::string, std::string>{{"/m/sglang.json", "\"text\"\n"}});
  Result<SglangImplementation> sglang = LoadSglangImplementation("/m/sglang.json", files);
  ASSERT_FALSE(sglang.ok());
  EXPECT_EQ(sglang.error().kind, ErrorKind::kInput);
  EXPECT_EQ(sglang.error().message, "expected a JSON object (an sglang_implementation.json)");
}

}  // namespace
}  // namespace fib
