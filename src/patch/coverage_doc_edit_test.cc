#include "patch/coverage_doc_edit.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

constexpr const char* kPath = "/in-memory/model_coverage.mdx";

const char* const kDoc =
    "# Coverage\n"
    "\n"
    "## Summary\n"
    "\n"
    "| Model | Architecture | Coverage |\n"
    "|-------|-------------|:--------:|\n"
    "| A 1B | Dense | ✅ Full |\n"
    "\n"
    "## A 1B\n"
    "\n"
    "**Architecture**: dense MLP.\n"
    "\n"
    "| Definition | Op Type | Status |\n"
    "|-----------|---------|:------:|\n"
    "| `rmsnorm_h64` | rmsnorm | ✅ |\n"
    "\n"
    "**Coverage**: 1 / 1 definitions present. Fully covered.\n";

ModelCoverageFacts ModelA(KernelStatus status) {
  ModelCoverageFacts facts;
  facts.id = "a";
  facts.name = "A 1B";
  facts.rows = {{"rmsnorm_h64", "rmsnorm", std::nullopt, std::nullopt, status}};
  facts.present = status == KernelStatus::kMissing ? 0 : 1;
  return facts;
}

DatasetFacts Dataset() {
  DatasetFacts dataset;
  dataset.names = {"rmsnorm_h64"};
  dataset.op_types = {{"rmsnorm_h64", "rmsnorm"}};
  dataset.has_workloads = true;
  dataset.workload_entries = {{"rmsnorm/rmsnorm_h64", 3}};
  return dataset;
}

Result<CoverageDocEdit> Edit(const std::string& doc, const ModelCoverageFacts& model) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, doc}});
  Result<EditSession> session = EditSession::OpenExisting(kPath, EditMode::kPreview, files);
  if (!session) return session.error();
  return EditCoverageDoc(*session, {model}, Dataset());
}

TEST(CoverageDocEditTest, ADocumentThatStatesTheFactsIsUnchanged) {
  Result<CoverageDocEdit> edited = Edit(kDoc, ModelA(KernelStatus::kWorkloads));
  ASSERT_TRUE(edited.ok()) << Render(edited.error());
  EXPECT_FALSE(edited->edit.changed);
  EXPECT_EQ(edited->edit.after, kDoc);
  ASSERT_EQ(edited->models.size(), 1u);
  EXPECT_EQ(edited->models[0].action, DocAction::kUnchanged);
}

TEST(CoverageDocEditTest, AModelWithoutASectionGetsOneAndARow) {
  ModelCoverageFacts b = ModelA(KernelStatus::kWorkloads);
  b.id = "b";
  b.name = "B 2B";
  Result<CoverageDocEdit> edited = Edit(kDoc, b);
  ASSERT_TRUE(edited.ok()) << Render(edited.error());
  EXPECT_TRUE(edited->edit.changed);
  EXPECT_EQ(edited->models[0].action, DocAction::kAdded);
  // Everything that was there stays, the new section follows it.
  EXPECT_NE(edited->edit.after.find("| A 1B | Dense | ✅ Full |\n| B 2B |"), std::string::npos)
      << edited->edit.after;
  EXPECT_NE(edited->edit.after.find("\n## B 2B\n"), std::string::npos) << edited->edit.after;
}

TEST(CoverageDocEditTest, TwoSectionsForOneModelAreRefused) {
  Result<CoverageDocEdit> edited =
      Edit(std::string(kDoc) + "\n## A 1B\n", ModelA(KernelStatus::kWorkloads));
  ASSERT_FALSE(edited.ok());
  EXPECT_EQ(edited.error().kind, ErrorKind::kInput);
}

}  // namespace
}  // namespace fib
