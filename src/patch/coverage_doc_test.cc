#include "patch/coverage_doc.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

constexpr std::string_view kDoc =
    "# Coverage\n"
    "\n"
    "## Summary\n"
    "\n"
    "| Model | Architecture | Coverage |\n"
    "|-------|-------------|:--------:|\n"
    "| A 1B | GQA + Dense | 🟡 Partial |\n"
    "\n"
    "## A 1B\n"
    "\n"
    "**Architecture**: 2 decoder layers.\n"
    "\n"
    "| Other | Table |\n"
    "|---|---|\n"
    "| x | y |\n"
    "\n"
    "| Definition | Op Type | Status |\n"
    "|-----------|---------|:------:|\n"
    "| `rmsnorm_h64` | rmsnorm | ✅ |\n"
    "\n"
    "**Coverage**: 1 / 1 definitions present.\n"
    "```\n"
    "## not a heading\n"
    "```\n"
    "## B 2B\n";

TEST(CoverageDocParseTest, FindsTheSummaryAndEachSectionsParts) {
  CoverageDoc doc = ParseCoverageDoc("doc.mdx", kDoc);
  EXPECT_EQ(doc.newline, "\n");
  ASSERT_TRUE(doc.summary);
  EXPECT_EQ(doc.summary->first_row, 6u);
  EXPECT_EQ(doc.summary->end_row, 7u);
  ASSERT_EQ(doc.sections.size(), 2u);
  const DocSection& a = doc.sections[0];
  EXPECT_EQ(a.heading, "A 1B");
  EXPECT_EQ(a.architecture_line, 10u);
  ASSERT_TRUE(a.table);  // the Definition table, not the first table of the section
  EXPECT_EQ(a.table->header, 16u);
  EXPECT_EQ(a.table->first_row, 18u);
  EXPECT_EQ(a.table->end_row, 19u);
  EXPECT_EQ(a.coverage_line, 20u);
  EXPECT_EQ(a.end_line, 24u);  // the fenced "## " line does not end it
  EXPECT_EQ(doc.sections[1].heading, "B 2B");
  EXPECT_FALSE(doc.sections[1].table);
}

TEST(CoverageDocParseTest, LinesKnowTheirEndings) {
  CoverageDoc doc = ParseCoverageDoc("doc.mdx", "a\r\nb\r\nc");
  EXPECT_EQ(doc.newline, "\r\n");
  ASSERT_EQ(doc.lines.size(), 3u);
  EXPECT_EQ(doc.lines[0].text, "a");
  EXPECT_EQ(doc.lines[0].next, 3u);
  EXPECT_EQ(doc.lines[2].end, doc.lines[2].next);
}

TEST(CoverageDocParseTest, TitlesMatchWithoutCaseOrSpaces) {
  CoverageDoc doc = ParseCoverageDoc("doc.mdx", kDoc);
  EXPECT_EQ(NormalizeTitle("DeepSeek V3 / R1"), NormalizeTitle("deepseek v3/R1"));
  Result<std::optional<size_t>> found = FindSection(doc, "a  1b");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(*found, 0u);
  Result<std::optional<size_t>> missing = FindSection(doc, "C 3B");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(*missing);
  Result<std::optional<size_t>> row = FindSummaryRow(doc, "A 1B");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(*row, 6u);
}

TEST(CoverageDocParseTest, CellsAreTrimmed) {
  EXPECT_EQ(TableCells("| `a` |  b c |❌|"), (std::vector<std::string>{"`a`", "b c", "❌"}));
  EXPECT_EQ(TableCells("no table"), std::vector<std::string>{});
}

}  // namespace
}  // namespace fib
