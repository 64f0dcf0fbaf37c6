#include "emit/coverage_mdx.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(CoverageMdxTest, ArchitectureInTheDocumentsWords) {
  ArchitectureSummary deepseek{61, {{"MLA", 61}}, 58, 3};
  EXPECT_EQ(ArchitectureSentence(deepseek),
            "61 decoder layers, MLA attention, 58 MoE + 3 dense FFN layers");
  EXPECT_EQ(ArchitectureShort(deepseek), "MLA + Dense/MoE");
  ArchitectureSummary next{48, {{"GDN", 36}, {"GQA", 12}}, 48, 0};
  EXPECT_EQ(ArchitectureSentence(next),
            "48 decoder layers, hybrid 36 GDN + 12 GQA layers, MoE FFN");
  EXPECT_EQ(ArchitectureShort(next), "GDN + GQA + MoE");
  ArchitectureSummary llama{32, {{"GQA", 32}}, 0, 32};
  EXPECT_EQ(ArchitectureSentence(llama), "32 decoder layers, GQA attention, dense MLP");
  EXPECT_EQ(ArchitectureShort(llama), "GQA + Dense");
  ArchitectureSummary hybrid_moe{52, {{"GQA", 4}, {"Mamba2", 24}}, 23, -1};
  EXPECT_EQ(ArchitectureSentence(hybrid_moe),
            "52 decoder layers, hybrid 4 GQA + 24 Mamba2 layers, MoE FFN in 23 layers");
}

TEST(CoverageMdxTest, CoverageWordsAndGlyphs) {
  EXPECT_EQ(CoverageSentence(3, 3, false), "3 / 3 definitions present. Fully covered.");
  EXPECT_EQ(CoverageSentence(2, 3, true), "2 / 3 referenced definitions present.");
  EXPECT_EQ(CoverageSentence(0, 0, false), "0 / 0 definitions present.");
  EXPECT_EQ(CoverageLabel(3, 3), "✅ Fully covered");
  EXPECT_EQ(CoverageLabel(1, 3), "🟡 Partial");
  EXPECT_EQ(CoverageLabel(0, 3), "❌ Not covered");
  EXPECT_EQ(StatusGlyph(KernelStatus::kWorkloads), "✅");
  EXPECT_EQ(StatusGlyph(KernelStatus::kDefinitionOnly), "🟡");
  EXPECT_EQ(StatusGlyph(KernelStatus::kUnknownWorkloads), "🟡");
  EXPECT_EQ(StatusGlyph(KernelStatus::kMissing), "❌");
}

TEST(CoverageMdxTest, OpTypeCellNamesTheShapeWhenNotOne) {
  EXPECT_EQ(OpTypeCell({"x", "gqa_paged", 4, std::nullopt, KernelStatus::kMissing}),
            "gqa_paged TP=4");
  EXPECT_EQ(OpTypeCell({"x", "gqa_paged", 1, std::nullopt, KernelStatus::kMissing}), "gqa_paged");
  EXPECT_EQ(OpTypeCell({"x", "moe", std::nullopt, 8, KernelStatus::kMissing}), "moe EP=8");
  EXPECT_EQ(OpTypeCell({"x", "", std::nullopt, std::nullopt, KernelStatus::kMissing}), "?");
}

TEST(CoverageMdxTest, ASectionInTheDocumentsLayout) {
  ModelCoverageFacts facts;
  facts.name = "Tiny 1B";
  facts.architecture = {2, {{"GQA", 2}}, 0, 2};
  facts.rows = {{"rmsnorm_h64", "rmsnorm", std::nullopt, std::nullopt, KernelStatus::kWorkloads},
                {"gemm_n64_k64", "gemm", std::nullopt, std::nullopt, KernelStatus::kMissing}};
  facts.unmapped = {{{"input_layernorm", "norm"}, "LayerNorm"}};
  facts.present = 1;
  EXPECT_EQ(SectionText(facts),
            "## Tiny 1B\n"
            "\n"
            "**Architecture**: 2 decoder layers, GQA attention, dense MLP.\n"
            "\n"
            "| Definition | Op Type | Status |\n"
            "|-----------|---------|:------:|\n"
            "| `rmsnorm_h64` | rmsnorm | ✅ |\n"
            "| `gemm_n64_k64` | gemm | ❌ |\n"
            "| `input_layernorm`, `norm` | no Definition family for LayerNorm | — |\n"
            "\n"
            "**Coverage**: 1 / 2 definitions present.\n"
            "\n"
            "---\n");
  EXPECT_EQ(SummaryRow(facts), "| Tiny 1B | GQA + Dense | 🟡 Partial |\n");
  std::string mdx = CoverageMdx({facts});
  EXPECT_EQ(mdx, SummaryHeader() + SummaryRow(facts) + "\n---\n\n" + SectionText(facts));
}

}  // namespace
}  // namespace fib
