// One diagnostic path and one place for exit codes (docs/style.md): everything fib-modelgen says
// on stderr is rendered by base/diagnostic, and only base/exit_codes turns an outcome into a
// code. These checks keep hand-printed "fib-modelgen:" lines and stray exit codes out of src/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

// Every non-test source file under src/, by its path relative to src/.
std::vector<std::pair<std::string, std::string>> Sources() {
  std::vector<std::pair<std::string, std::string>> sources;
  fs::path src = testing::SourceDir() / "src";
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.find("_test.cc") != std::string::npos) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    sources.emplace_back(fs::relative(entry.path(), src).string(), text.str());
  }
  return sources;
}

TEST(OnePathTest, OnlyTheRendererWritesFibModelgenLines) {
  // The marker comments are file content, and the first line of --help is the CLI's title.
  const std::regex prefix(R"re("fib-modelgen: (?!generated|manual|generate FlashInfer))re");
  for (const auto& [path, text] : Sources()) {
    if (path == "base/diagnostic.cc") continue;
    EXPECT_FALSE(std::regex_search(text, prefix)) << path << " prints a fib-modelgen: line";
  }
}

TEST(OnePathTest, CommandsWriteToStderrOnlyThroughIo) {
  for (const auto& [path, text] : Sources()) {
    // app/io.cc prints diagnostics; refresh's progress line is a terminal display.
    if (path == "app/io.cc" || path == "app/cmd_refresh.cc") continue;
    EXPECT_EQ(text.find(".err <<"), std::string::npos) << path << " writes to stderr itself";
    EXPECT_EQ(text.find("std::cerr <<"), std::string::npos) << path << " writes to std::cerr";
  }
}

TEST(OnePathTest, OnlyTheOutcomeChoosesAnExitCode) {
  const std::regex code(
      R"(\bkExit(Ok|Differences|Usage|Io|Input|Syntax|Validation|Write|Verify|Internal)\b)");
  for (const auto& [path, text] : Sources()) {
    if (path.rfind("base/exit_codes.", 0) == 0) continue;
    EXPECT_FALSE(std::regex_search(text, code)) << path << " names an exit code";
  }
}

}  // namespace
}  // namespace fib
