#include "arch/tree_builder.h"

#include <gtest/gtest.h>

#include "arch/tree_sink.h"

namespace fib {
namespace {

TEST(VariantKeyTest, SuffixUnlessTheKeyAlreadyNamesTheVariant) {
  EXPECT_EQ(VariantKey("input_layernorm", "gdn"), "input_layernorm_gdn");
  EXPECT_EQ(VariantKey("attn_gdn", "gdn"), "attn_gdn");
  EXPECT_EQ(VariantKey("mamba_ssu", "mamba"), "mamba_ssu");
  EXPECT_EQ(VariantKey("mlp", "mlp"), "mlp");
  EXPECT_EQ(VariantKey("post_attention_layernorm", "attention"),
            "post_attention_layernorm_attention");
}

ArchFacts Dense(int64_t layers) {
  ArchFacts facts;
  facts.root = "LlamaForCausalLM";
  facts.hidden = 4096;
  facts.layers = layers;
  facts.gqa = {32, 8, 128};
  facts.dense_intermediate = 14336;
  facts.layer_kinds.assign(static_cast<size_t>(layers), LayerKind{});
  return facts;
}

TEST(BuildModuleTreeTest, MixedDenseAndMoeSplitsTheMlp) {
  ArchFacts facts = Dense(4);
  MoeFacts moe;
  moe.experts = 8;
  moe.top_k = 2;
  moe.intermediate = 1024;
  moe.renormalise = true;
  moe.activation = "silu";
  facts.moe = moe;
  facts.layer_kinds[2].ffn = facts.layer_kinds[3].ffn = Ffn::kMoe;
  std::vector<Module> modules = BuildModuleTree(facts, {}).modules;
  auto find = [&](const std::string& key) {
    return *std::find_if(modules.begin(), modules.end(),
                         [&](const Module& m) { return m.key == key; });
  };
  EXPECT_EQ(find("mlp_dense").count, 2);
  EXPECT_EQ(find("moe").count, 2);
  EXPECT_EQ(find("gate_up_proj").parent, "mlp_dense");
  EXPECT_EQ(find("moe_gate").definitions, std::vector<std::string>{"gemm_n8_k4096"});
  EXPECT_EQ(find("LlamaForCausalLM").definitions, std::vector<std::string>{});
}

TEST(BuildModuleTreeTest, RopeCountFollowsTheLayersThatApplyIt) {
  ArchFacts facts = Dense(8);
  facts.layer_kinds[3].rope = facts.layer_kinds[7].rope = false;
  std::vector<Module> modules = BuildModuleTree(facts, {}).modules;
  auto rotary = std::find_if(modules.begin(), modules.end(),
                             [](const Module& m) { return m.key == "rotary_emb"; });
  ASSERT_NE(rotary, modules.end());
  EXPECT_EQ(rotary->count, 6);
}

}  // namespace
}  // namespace fib
