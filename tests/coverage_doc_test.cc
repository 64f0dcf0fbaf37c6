// `coverage --write DOC` on a hand-made document (tests/data/coverage/) with a manifest and
// the small dataset in tests/data/trace (the exact result and report are the CLI golden case
// coverage/write-hand-made-doc): stability, --check
// and --dry-run, every other byte kept, and the errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunTool;
using testing::WriteText;

class CoverageWriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::current_path(testing::SourceDir());
    original_ = ReadText("tests/data/coverage/model_coverage.mdx");
    doc_ = temp_.File("model_coverage.mdx");
    WriteText(doc_, original_);
  }

  testing::RunOutput Write(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"coverage", "--manifest", kManifest, "--write", doc_};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunTool(args);
  }

  static constexpr const char* kManifest = "tests/data/coverage/manifest.json";
  testing::TempDir temp_;
  std::string original_;
  std::string doc_;
};

TEST_F(CoverageWriteTest, ASecondRunChangesNothing) {
  ASSERT_EQ(Write().exit_code, 0);
  std::string once = ReadText(doc_);
  auto mtime = std::filesystem::last_write_time(doc_);
  testing::RunOutput again = Write();
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(ReadText(doc_), once);
  EXPECT_EQ(std::filesystem::last_write_time(doc_), mtime)
      << "an unchanged document is not written";
  EXPECT_NE(again.out.find("coverage: 0 added, 0 updated, 2 unchanged"), std::string::npos)
      << again.out;
  EXPECT_EQ(Write({"--check"}).exit_code, 0);
}

TEST_F(CoverageWriteTest, CheckAndDryRunWriteNothing) {
  for (const char* flag : {"--check", "--dry-run"}) {
    SCOPED_TRACE(flag);
    testing::RunOutput run = Write({flag});
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(ReadText(doc_), original_);
    EXPECT_NE(run.out.find("\n+**Coverage**: 8 / 14 definitions present."), std::string::npos);
  }
  EXPECT_NE(Write({"--check"}).err.find("is not up to date"), std::string::npos);
}

// Everything outside Llama's section, the Summary table and the appended section: the
// document's head, the untouched model's section and its Summary row.
TEST_F(CoverageWriteTest, EveryOtherByteIsKept) {
  ASSERT_EQ(Write().exit_code, 0);
  std::string after = ReadText(doc_);
  auto slice = [](const std::string& text, const std::string& from, const std::string& to) {
    size_t begin = text.find(from);
    return text.substr(begin, text.find(to, begin) - begin);
  };
  EXPECT_EQ(after.substr(0, after.find("| Llama 3.1 8B |")),
            original_.substr(0, original_.find("| Llama 3.1 8B |")));
  EXPECT_EQ(slice(after, "| Untouched 1B |", "\n"), slice(original_, "| Untouched 1B |", "\n"));
  EXPECT_EQ(slice(after, "## Untouched 1B", "## GPT-OSS"),
            original_.substr(original_.find("## Untouched 1B")) + "\n");
  for (const char* prose :
       {"A paragraph of notes under the table, which a rewrite keeps.\n",
        "| Embedding lookup | embedding | — |\n", ". A hand-written note that stays.\n",
        "### Llama 3.1 8B at TP=2\n\n| Definition | Op Type | Status |\n"
        "|-----------|---------|:------:|\n"
        "| `gqa_paged_decode_h16_kv4_d128_ps1` | gqa_paged | ❌ |\n"}) {
    EXPECT_NE(after.find(prose), std::string::npos) << prose;
  }
}

TEST_F(CoverageWriteTest, CrlfDocumentsStayCrlf) {
  std::string crlf;
  for (char c : original_) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  WriteText(doc_, crlf);
  ASSERT_EQ(Write().exit_code, 0);
  std::string after = ReadText(doc_);
  size_t lone = 0;
  for (size_t i = 0; i < after.size(); ++i)
    lone += after[i] == '\n' && (i == 0 || after[i - 1] != '\r');
  EXPECT_EQ(lone, 0u);
  std::string lf;
  for (char c : after)
    if (c != '\r') lf += c;
  EXPECT_EQ(
      lf, testing::SourceFile("tests/golden/coverage/write-hand-made-doc/out/model_coverage.mdx"));
}

// The same model read back from a models.ts (its marker gives the TP) updates the section
// exactly as generating it from the manifest does.
TEST_F(CoverageWriteTest, AModelsTsAsTheSourceGivesTheSameSection) {
  std::string models = temp_.File("models.ts");
  ASSERT_EQ(RunTool({"generate", "--config", "fixtures/configs/llama-3.1-8b.json", "--model-name",
                     "llama-3.1-8b", "--page-sizes", "1,64", "--sampling", "--output", models})
                .exit_code,
            0);
  testing::RunOutput from_file =
      RunTool({"coverage", models, "--definitions", "tests/data/trace", "--write", doc_});
  EXPECT_EQ(from_file.exit_code, 0) << from_file.err;
  std::string via_file = ReadText(doc_);
  WriteText(doc_, original_);
  ASSERT_EQ(Write({"--id", "llama-3.1-8b"}).exit_code, 0);
  EXPECT_EQ(via_file, ReadText(doc_));
  EXPECT_NE(via_file, original_);
}

TEST_F(CoverageWriteTest, TwoSectionsForOneModelAreRefused) {
  std::string doubled = original_ + "\n## Llama 3.1  8B\n\nA second section.\n";
  WriteText(doc_, doubled);
  testing::RunOutput run = Write();
  EXPECT_EQ(run.exit_code, 4);
  std::string expected =
      doc_ +
      ":62:1: error: two sections for one model (first at line 18)\n"
      " 62 | ## Llama 3.1  8B\n"
      "    | ^\n"
      "help: merge them by hand: fib-modelgen will not guess which one to keep\n";
  ASSERT_GE(run.err.size(), expected.size());
  EXPECT_EQ(run.err.substr(run.err.size() - expected.size()), expected);
  EXPECT_EQ(ReadText(doc_), doubled);
}

TEST_F(CoverageWriteTest, ADocumentWithoutASummaryTableIsRefused) {
  WriteText(doc_, "# Coverage\n\n## Llama 3.1 8B\n\nNothing yet.\n");
  testing::RunOutput run = Write();
  EXPECT_EQ(run.exit_code, 4);
  std::string expected = "fib-modelgen: error: '" + doc_ +
                         "' has no Summary table (`| Model | Architecture | Coverage |` under "
                         "`## Summary`)\n"
                         "help: add the table, even empty, where the document should have it\n";
  ASSERT_GE(run.err.size(), expected.size());
  EXPECT_EQ(run.err.substr(run.err.size() - expected.size()), expected);
  EXPECT_EQ(ReadText(doc_), "# Coverage\n\n## Llama 3.1 8B\n\nNothing yet.\n");
}

TEST_F(CoverageWriteTest, UsageErrors) {
  EXPECT_EQ(RunTool({"coverage", "--manifest", kManifest, "--check"}).exit_code, 2);
  EXPECT_EQ(RunTool({"coverage", "fixtures/models.ts"}).exit_code, 2);  // no dataset
  EXPECT_EQ(RunTool({"coverage", "fixtures/models.ts", "--manifest", kManifest}).exit_code, 2);
  testing::RunOutput unknown = RunTool(
      {"coverage", "fixtures/models.ts", "--definitions", "tests/data/trace", "--id", "nope"});
  EXPECT_EQ(unknown.exit_code, 6);
}

}  // namespace
}  // namespace fib

namespace fib {
namespace {

// coverage --format kernels on a models.ts: the TP and EP come from each entry's marker.
TEST(CoverageKernelsTest, ShapesFromTheMarkerOfAFileModel) {
  std::filesystem::current_path(testing::SourceDir());
  testing::TempDir temp;
  std::string models = temp.File("models.ts");
  ASSERT_EQ(RunTool({"generate", "--config", "fixtures/configs/qwen3-30b-a3b.json", "--model-name",
                     "qwen3-30b-a3b", "--tp", "2", "--ep", "2", "--output", models})
                .exit_code,
            0);
  testing::RunOutput run =
      RunTool({"coverage", models, "--definitions", "tests/data/trace", "--format", "kernels"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json inventories = nlohmann::json::parse(run.out);
  ASSERT_EQ(inventories.size(), 1u);
  EXPECT_EQ(inventories[0]["model_slug"], "qwen3-30b-a3b");
  size_t per_rank = 0, moe = 0;
  for (const nlohmann::json& kernel : inventories[0]["kernels"]) {
    if (kernel["op_type"] == "gqa_paged" || kernel["op_type"] == "gqa_ragged") {
      EXPECT_EQ(kernel["tp"], 2);
      ++per_rank;
    }
    if (kernel["op_type"] == "moe") {
      EXPECT_EQ(kernel["ep"], 2);
      EXPECT_TRUE(kernel["tp"].is_null());
      ++moe;
    }
  }
  EXPECT_EQ(per_rank, 3u);
  EXPECT_EQ(moe, 2u);  // moe_topk and moe_experts
}

}  // namespace
}  // namespace fib
