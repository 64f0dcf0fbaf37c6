#include "arch/moe_definition.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

MoeFacts Moe(Scoring scoring, bool renormalise) {
  MoeFacts moe;
  moe.experts = 64;
  moe.top_k = 4;
  moe.intermediate = 512;
  moe.scoring = scoring;
  moe.renormalise = renormalise;
  moe.activation = "silu";
  return moe;
}

TEST(MoeDefinitionTest, RoutingFamilies) {
  EXPECT_EQ(MoeDefinitionOf(Moe(Scoring::kSoftmax, true), 1024).shape->routing,
            MoeRouting::kRenorm);
  EXPECT_EQ(MoeDefinitionOf(Moe(Scoring::kSoftmax, false), 1024).shape->routing,
            MoeRouting::kDefault);
  EXPECT_EQ(MoeDefinitionOf(Moe(Scoring::kSigmoidBias, true), 1024).shape->routing,
            MoeRouting::kDeepSeek);
  EXPECT_EQ(MoeDefinitionOf(Moe(Scoring::kLlama4, false), 1024).shape->routing,
            MoeRouting::kLlama4);
}

TEST(MoeDefinitionTest, WhatNoFamilyComputesIsUnmapped) {
  EXPECT_EQ(MoeDefinitionOf(Moe(Scoring::kSigmoidBias, false), 1024).unmapped,
            "sigmoid routing without top-k renormalisation (norm_topk_prob false)");
  EXPECT_EQ(MoeDefinitionOf(Moe(Scoring::kSparseMixer, true), 1024).unmapped,
            "sparsemixer routing");
  MoeFacts grouped = Moe(Scoring::kSoftmax, false);
  grouped.groups = 8;
  EXPECT_FALSE(MoeDefinitionOf(grouped, 1024).shape);
  MoeFacts v2 = Moe(Scoring::kDeepSeekV2, false);
  v2.topk_method = "group_limited_greedy";
  EXPECT_FALSE(MoeDefinitionOf(v2, 1024).shape);
  v2.topk_method = "greedy";
  EXPECT_EQ(MoeDefinitionOf(v2, 1024).shape->routing, MoeRouting::kDefault);
  MoeFacts relu2 = Moe(Scoring::kSigmoidBias, true);
  relu2.expert_kind = ExpertKind::kNonGatedRelu2;
  relu2.activation = "relu2";
  EXPECT_EQ(MoeDefinitionOf(relu2, 1024).unmapped, "non-gated relu2 experts");
  MoeFacts gelu = Moe(Scoring::kSoftmax, true);
  gelu.activation = "gelu_pytorch_tanh";
  EXPECT_EQ(MoeDefinitionOf(gelu, 1024).unmapped,
            "gated experts with gelu_pytorch_tanh activation");
}

TEST(MoeDefinitionTest, LatentMoeRunsTheExpertsAtTheLatentWidth) {
  MoeFacts latent = Moe(Scoring::kSigmoidBias, true);
  latent.latent = 256;
  EXPECT_EQ(MoeDefinitionOf(latent, 1024).shape->hidden, 256);
}

}  // namespace
}  // namespace fib
