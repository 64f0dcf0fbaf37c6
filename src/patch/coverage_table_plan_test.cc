#include "patch/coverage_table_plan.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(CoverageTablePlanTest, GlyphsInCells) {
  EXPECT_EQ(GlyphIn("❌ (if hidden=4096)"), "❌");
  EXPECT_EQ(GlyphIn("— then ✅"), "—");
  EXPECT_EQ(GlyphIn("pending"), "");
}

TEST(CoverageTablePlanTest, UnknownWorkloadsKeepWhatTheDocumentSays) {
  EXPECT_EQ(GlyphFor(KernelStatus::kUnknownWorkloads, "✅"), "✅");
  EXPECT_EQ(GlyphFor(KernelStatus::kUnknownWorkloads, "🟡"), "🟡");
  EXPECT_EQ(GlyphFor(KernelStatus::kUnknownWorkloads, "❌"), "🟡");
  EXPECT_EQ(GlyphFor(KernelStatus::kWorkloads, "🟡"), "✅");
  EXPECT_EQ(GlyphFor(KernelStatus::kMissing, "✅"), "❌");
}

constexpr std::string_view kSection =
    "## T\n"
    "\n"
    "| Definition | Op Type | Status |\n"
    "|-----------|---------|:------:|\n"
    "| `rmsnorm_h64` | rmsnorm | ✅ |\n"
    "| `attn` | no Definition family for attention with learned sinks | — |\n"
    "| MoE experts | moe | — |\n";

ModelCoverageFacts Facts(bool unmapped_known) {
  ModelCoverageFacts facts;
  facts.rows = {
      {"rmsnorm_h64", "rmsnorm", std::nullopt, std::nullopt, KernelStatus::kUnknownWorkloads},
      {"moe_fp8_block_scale_renorm_topk2_e8_h64_i32", "moe", std::nullopt, 2,
       KernelStatus::kMissing}};
  facts.unmapped_known = unmapped_known;
  return facts;
}

TEST(CoverageTablePlanTest, RowsOfAModelReadFromAFileKeepTheirUnmappedRows) {
  CoverageDoc doc = ParseCoverageDoc("doc.mdx", kSection);
  TablePlan plan = PlanTableRows(doc, *doc.sections[0].table, Facts(false), DatasetFacts{});
  // The new name goes before the first "—" row: no Definition row of its op type to follow.
  EXPECT_EQ(plan.rows,
            "| `rmsnorm_h64` | rmsnorm | ✅ |\n"
            "| `moe_fp8_block_scale_renorm_topk2_e8_h64_i32` | moe EP=2 | ❌ |\n"
            "| `attn` | no Definition family for attention with learned sinks | — |\n"
            "| MoE experts | moe | — |\n");
  EXPECT_EQ(
      plan.notes,
      (std::vector<std::string>{
          "kept hand-written row \"MoE experts\" (— unmapped), though the model maps moe names",
          "added `moe_fp8_block_scale_renorm_topk2_e8_h64_i32` (❌)"}));
}

TEST(CoverageTablePlanTest, GeneratedModelsDropUnmappedRowsTheyNoLongerReport) {
  CoverageDoc doc = ParseCoverageDoc("doc.mdx", kSection);
  TablePlan plan = PlanTableRows(doc, *doc.sections[0].table, Facts(true), DatasetFacts{});
  EXPECT_EQ(plan.rows.find("`attn`"), std::string::npos);
  EXPECT_EQ(plan.notes.front(), "removed unmapped `attn`: now mapped or gone");
}

}  // namespace
}  // namespace fib
