// `coverage --write` on the real coverage document (../shared; skipped when absent).
//  1. Regenerating the sections of the models whose upstream section is right (the dense
//     GQA models and Qwen3 30B A3B, at the TP the document states) changes only what the
//     configs and the dataset prove wrong; each change is in the report, checked as a golden
//     file and explained in docs/coverage-doc.md. Every other byte stays, and a second run
//     changes nothing.
//  2. Adding Kimi K2.5 to the document before its onboarding commit gives the Definitions
//     that commit wrote by hand, for the shape the entry is generated at.
#include <gtest/gtest.h>

#include <set>

#include "patch/coverage_doc.h"
#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

struct DocModel {
  std::string id, config, name, tp;
};

// The sections whose upstream text agrees with what the generator emits for the config.
const std::vector<DocModel> kRightSections = {
    {"llama-3.1-8b", "llama-3.1-8b", "Llama 3.1 8B", "1"},
    {"llama-3.1-70b", "llama-3.1-70b", "Llama 3.1 / 3.3 70B", "4"},
    {"llama-3.2-3b", "llama-3.2-3b", "Llama 3.2 3B", "1"},
    {"llama-3.1-405b", "llama-3.1-405b", "Llama 3.1 405B", "4"},
    {"mistral-7b-v0.3", "mistral-7b-v0.3", "Mistral 7B v0.3", "1"},
    {"mistral-nemo-12b", "mistral-nemo-12b", "Mistral Nemo 12B", "1"},
    {"qwen2.5-7b", "qwen2.5-7b", "Qwen2.5 7B", "1"},
    {"qwen2.5-72b", "qwen2.5-72b", "Qwen2.5 72B", "8"},
    {"qwen3-8b", "qwen3-8b", "Qwen3 8B", "1"},
    {"qwen3-14b", "qwen3-14b", "Qwen3 14B", "2"},
    {"qwen3-32b", "qwen3-32b", "Qwen3 32B", "4"},
    {"qwen3-30b-a3b", "qwen3-30b-a3b", "Qwen3 30B A3B", "1"},
    {"phi-4", "phi-4", "Phi-4 14B", "1"},
};

class CoverageDocUpstreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::optional<fs::path> shared = testing::SharedDir();
    if (!shared) GTEST_SKIP() << "../shared is absent: the real coverage document tests need it";
    shared_ = *shared;
    std::filesystem::current_path(testing::SourceDir());
  }

  std::string Manifest(const std::vector<DocModel>& models, const std::string& extra = "",
                       const std::string& page_sizes = "[1, 64]") {
    std::string entries;
    for (const DocModel& m : models) {
      std::string config = m.config.find('/') == std::string::npos
                               ? (shared_ / "fixtures/configs" / (m.config + ".json")).string()
                               : m.config;
      entries += std::string(entries.empty() ? "" : ",\n") + "{\"id\": \"" + m.id +
                 "\", \"config\": \"" + config + "\", \"name\": \"" + m.name +
                 "\", \"tp\": " + m.tp + ", \"page_sizes\": " + page_sizes +
                 ", \"sampling\": true" + extra + "}";
    }
    std::string path = temp_.File("manifest.json");
    testing::WriteText(path, "{\"output\": \"unused.ts\", \"definitions\": \"" +
                                 (shared_ / "fixtures/flashinfer-trace").string() +
                                 "\", \"models\": [\n" + entries + "\n]}\n");
    return path;
  }

  std::string CopyOf(const std::string& upstream_doc) {
    std::string path = temp_.File("model_coverage.mdx");
    testing::WriteText(
        path, testing::ReadText((shared_ / "fixtures/upstream/docs" / upstream_doc).string()));
    fs::permissions(path, fs::perms::owner_write, fs::perm_options::add);
    return path;
  }

  fs::path shared_;
  testing::TempDir temp_;
};

// The text of every section and Summary row, by title, of the models not in `skip`.
std::map<std::string, std::string> Untouched(const std::string& text,
                                             const std::set<std::string>& skip) {
  CoverageDoc doc = ParseCoverageDoc("doc", text);
  std::map<std::string, std::string> parts;
  for (const DocSection& section : doc.sections) {
    if (skip.count(NormalizeTitle(section.heading))) continue;
    size_t begin = doc.lines[section.heading_line].begin;
    size_t end =
        section.end_line < doc.lines.size() ? doc.lines[section.end_line].begin : text.size();
    parts["section " + section.heading] = text.substr(begin, end - begin);
  }
  for (size_t row = doc.summary->first_row; row < doc.summary->end_row; ++row) {
    std::string title = TableCells(doc.lines[row].text)[0];
    if (!skip.count(NormalizeTitle(title)))
      parts["row " + title] = std::string(doc.lines[row].text);
  }
  parts["head"] = text.substr(0, doc.lines[doc.summary->first_row].begin);
  return parts;
}

TEST_F(CoverageDocUpstreamTest, RightSectionsChangeOnlyWhereTheConfigSaysSo) {
  std::string doc = CopyOf("model_coverage.mdx");
  std::string before = testing::ReadText(doc);
  std::string manifest = Manifest(kRightSections);
  testing::RunOutput run = testing::RunTool(
      {"coverage", "--manifest", manifest, "--allow-outside-repo", "--write", doc});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string report = run.out;
  report.replace(report.find(doc), doc.size(), "DOC");
  testing::ExpectGolden("tests/golden/coverage_doc/upstream-report.txt", report);
  std::string after = testing::ReadText(doc);
  std::set<std::string> regenerated;
  for (const DocModel& m : kRightSections) regenerated.insert(NormalizeTitle(m.name));
  regenerated.insert(NormalizeTitle("Llama 3.1/3.3 70B"));  // the Summary spells it so
  EXPECT_EQ(Untouched(after, regenerated), Untouched(before, regenerated));
  EXPECT_EQ(ParseCoverageDoc("doc", after).sections.size(),
            ParseCoverageDoc("doc", before).sections.size());
  testing::RunOutput again = testing::RunTool(
      {"coverage", "--manifest", manifest, "--allow-outside-repo", "--write", doc, "--check"});
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_EQ(testing::ReadText(doc), after);
}

TEST_F(CoverageDocUpstreamTest, KimiK25SectionHasTheNamesItsOnboardingWroteByHand) {
  std::string doc = CopyOf("model_coverage.mdx");
  std::string config = (testing::SourceDir() / "fixtures/configs/real/kimi-k2.5.json").string();
  std::string manifest = Manifest({{"kimi-k2.5", config, "Kimi K2.5", "8"}}, ", \"ep\": 8", "[1]");
  testing::RunOutput run = testing::RunTool(
      {"coverage", "--manifest", manifest, "--allow-outside-repo", "--write", doc});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto names = [](const std::string& text) {
    CoverageDoc parsed = ParseCoverageDoc("doc", text);
    std::set<std::string> found;
    for (const DocSection& section : parsed.sections) {
      if (section.heading != "Kimi K2.5") continue;
      for (size_t row = section.table->first_row; row < section.table->end_row; ++row) {
        std::vector<std::string> cells = TableCells(parsed.lines[row].text);
        // EP=1 and EP=4 rows are other shapes than the EP=8 entry; the RoPE row is a kernel
        // the generator keeps inside MLA (docs/coverage-doc.md).
        bool other_shape = cells[1].find("EP=1") != std::string::npos ||
                           cells[1].find("EP=4") != std::string::npos || cells[1] == "rope";
        if (!other_shape) found.insert(cells[0]);
      }
    }
    return found;
  };
  std::set<std::string> ours = names(testing::ReadText(doc));
  std::set<std::string> by_hand = names(testing::ReadText(
      (shared_ / "fixtures/upstream/docs/model_coverage.kimi-k2.5.mdx").string()));
  ASSERT_EQ(by_hand.size(), 11u);
  for (const std::string& name : by_hand) EXPECT_TRUE(ours.count(name)) << name;
  EXPECT_NE(run.out.find("added: Kimi K2.5\n  added the section\n  added the Summary row\n"),
            std::string::npos)
      << run.out;
}

}  // namespace
}  // namespace fib
