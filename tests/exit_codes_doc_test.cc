// One table of exit codes: every code of base/exit_codes.h has its row in the README's
// "Exit codes" table and its place in the help text, and nothing else is listed.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "base/exit_codes.h"
#include "test_support.h"

namespace fib {
namespace {

TEST(ExitCodesDocTest, ReadmeTableListsExactlyTheCodes) {
  std::string readme = testing::SourceFile("README.md");
  size_t start = readme.find("## Exit codes");
  ASSERT_NE(start, std::string::npos);
  std::string section = readme.substr(start, readme.find("\n## ", start + 1) - start);
  std::regex row(R"(\n\| (\d+) \|)");
  std::vector<int> listed;
  for (auto it = std::sregex_iterator(section.begin(), section.end(), row);
       it != std::sregex_iterator(); ++it) {
    listed.push_back(std::stoi((*it)[1]));
  }
  std::vector<int> codes;
  for (int code = kExitOk; code <= kExitInternal; ++code) codes.push_back(code);
  EXPECT_EQ(listed, codes);
}

TEST(ExitCodesDocTest, EveryErrorKindHasItsOwnCode) {
  EXPECT_EQ(ExitCodeFor(ErrorKind::kUsage), 2);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kIo), 3);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kInput), 4);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kSyntax), 5);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kValidation), 6);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kWrite), 7);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kVerify), 8);
  EXPECT_EQ(ExitCodeFor(ErrorKind::kInternal), 9);
}

TEST(ExitCodesDocTest, HelpTextNamesEveryCode) {
  testing::RunOutput run = testing::RunTool({"help"});
  for (int code = kExitDifferences; code <= kExitInternal; ++code) {
    EXPECT_NE(run.out.find(", " + std::to_string(code) + " "), std::string::npos) << code;
  }
}

}  // namespace
}  // namespace fib
