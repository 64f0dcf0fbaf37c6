#include "patch/architecture_claims.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

const ArchitectureSummary kQwen3Moe{48, {{"GQA", 48}}, 48, 0};

TEST(ArchitectureClaimsTest, FirstSentenceEndsAtAPeriodAndASpace) {
  EXPECT_EQ(FirstSentenceEnd("32 layers, GQA. Served at TP=2."), 15u);
  EXPECT_EQ(FirstSentenceEnd("hidden_size=5376 (head_dim=128)"), 31u);
}

TEST(ArchitectureClaimsTest, WrongCountsAreNamed) {
  EXPECT_EQ(ContradictedArchitecture(
                "32 decoder layers, GQA attention, MoE FFN (30 MoE + 2 dense layers)", kQwen3Moe),
            (std::vector<std::string>{"32 decoder layers (the model has 48)",
                                      "30 MoE (the model has 48)", "2 dense (the model has 0)"}));
}

TEST(ArchitectureClaimsTest, RightOrUnprovableClaimsPass) {
  EXPECT_TRUE(ContradictedArchitecture("48 decoder layers, GQA attention, sparse MoE FFN (128 "
                                       "experts, top-8 routing)",
                                       kQwen3Moe)
                  .empty());
  EXPECT_TRUE(ContradictedArchitecture(
                  "48 layers total — 36 GDN (linear attention) + 12 GQA (standard attention)",
                  {48, {{"GDN", 36}, {"GQA", 12}}, 48, 0})
                  .empty());
  // Without a mapped MoE name the tree cannot count MoE layers: the claim stands.
  EXPECT_TRUE(ContradictedArchitecture("24 decoder layers, 24 MoE", {24, {}, 0, 24}).empty());
  EXPECT_EQ(ContradictedArchitecture("36 GDN + 12 GQA", {48, {{"GDN", 24}, {"GQA", 12}}, 0, 48}),
            std::vector<std::string>{"36 GDN (the model has 24)"});
}

TEST(ArchitectureClaimsTest, SummaryCellKinds) {
  ArchitectureSummary deepseek{61, {{"MLA", 61}}, 58, 3};
  EXPECT_EQ(ContradictedShortArchitecture("MLA + Dense/MoE", deepseek), "");
  EXPECT_EQ(ContradictedShortArchitecture("MLA + MoE", deepseek),
            "says \"MLA + MoE\", the model is MLA + Dense/MoE");
  EXPECT_EQ(ContradictedShortArchitecture("GQA + Dense", kQwen3Moe),
            "says \"GQA + Dense\", the model is GQA + MoE");
  // Words it does not know, and FFN words without mapped MoE, are not judged.
  EXPECT_EQ(ContradictedShortArchitecture("Lightning Attn", kQwen3Moe), "");
  EXPECT_EQ(ContradictedShortArchitecture("GQA + MoE", {32, {{"GQA", 32}}, 0, 32}), "");
}

}  // namespace
}  // namespace fib
