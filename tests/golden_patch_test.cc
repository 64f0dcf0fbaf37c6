// Golden suite for edits of models.ts: tests/golden/patch/<case>/ holds `before.ts` (absent:
// the target does not exist yet), `args` (the command line, with FILE for the target and
// ENTRY for the case's entry.json) and the expectations: `after.ts` (the exact bytes) and/or
// `stdout`, `stderr` and `exit` (the exit code). FIB_UPDATE_GOLDEN=1 rewrites them.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::TempDir;
using testing::WriteText;

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourceDir() / "tests/golden/patch")) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> Arguments(const std::string& line, const std::string& target,
                                   const std::string& entry) {
  std::vector<std::string> args;
  std::istringstream words(line);
  for (std::string word; words >> word;) {
    args.push_back(word == "FILE" ? target : word == "ENTRY" ? entry : word);
  }
  return args;
}

// Paths in messages name the temporary copy; the golden files say FILE and ENTRY instead.
std::string Normalise(std::string text, const std::string& target, const std::string& entry) {
  for (const auto& [from, to] : {std::pair{target, std::string("FILE")}, {entry, "ENTRY"}}) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

class GoldenPatchTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenPatchTest, MatchesExpectedBytes) {
  std::string dir = "tests/golden/patch/" + GetParam() + "/";
  std::filesystem::path source = testing::SourceDir() / dir;
  TempDir temp;
  std::string target = temp.File("models.ts");
  std::string entry = (source / "entry.json").string();
  bool existed = std::filesystem::exists(source / "before.ts");
  if (existed) WriteText(target, ReadText((source / "before.ts").string()));
  std::string line = ReadText((source / "args").string());
  testing::RunOutput run = testing::RunTool(Arguments(line, target, entry));
  testing::ExpectGolden(dir + "exit", std::to_string(run.exit_code) + "\n");
  testing::ExpectGolden(dir + "stdout", Normalise(run.out, target, entry));
  testing::ExpectGolden(dir + "stderr", Normalise(run.err, target, entry));
  if (std::filesystem::exists(target)) {
    testing::ExpectGolden(dir + "after.ts", ReadText(target));
  } else {
    EXPECT_FALSE(std::filesystem::exists(source / "after.ts")) << "the target was not written";
  }
  if (run.exit_code != 0 && existed) {
    EXPECT_EQ(ReadText(target), ReadText((source / "before.ts").string()))
        << "a failed command must leave the target untouched";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenPatchTest, ::testing::ValuesIn(CaseNames()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace fib
