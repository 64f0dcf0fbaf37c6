// Golden suites driven by the command line: tests/golden/<suite>/<case>/ holds `before.ts`
// (absent: the target does not exist yet), `args` (the command line, with FILE for the
// target, ENTRY for the case's entry.json, IN:NAME for a named input and '' for an empty
// argument; other paths are relative to the source directory, where the command runs) and the
// expectations: `after.ts` (the exact bytes of the target; absent beside a `before.ts`: the
// target must keep before.ts's exact bytes), `stdout`, `stderr` and `exit`.
// Named inputs: every line `NAME PATH` of the case's `inputs` file copies PATH (relative to the
// source directory) into the case's temporary directory as NAME; each `out/NAME` is the
// expected content of NAME after the command. FIB_UPDATE_GOLDEN=1 rewrites the expectations.
// Suites: patch (upsert/remove/list on hand-made files), generate (configs → entries), diff
// (two versions of a models.ts), coverage (the coverage document kept by the tool), check
// (its output formats).
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
  for (const char* suite : {"patch", "generate", "diff", "coverage", "check"}) {
    std::filesystem::path dir = testing::SourceDir() / "tests/golden" / suite;
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.is_directory())
        names.push_back(std::string(suite) + "/" + entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> Arguments(const std::string& line, const std::string& target,
                                   const std::string& entry, const TempDir& temp) {
  std::vector<std::string> args;
  std::istringstream words(line);
  for (std::string word; words >> word;) {
    if (word.rfind("IN:", 0) == 0) word = temp.File(word.substr(3));
    args.push_back(word == "FILE" ? target : word == "ENTRY" ? entry : word == "''" ? "" : word);
  }
  return args;
}

// Paths in messages name the temporary copies; the golden files say FILE, ENTRY and IN:NAME.
std::string Normalise(std::string text, const std::string& target, const std::string& entry,
                      const TempDir& temp) {
  std::string inputs = temp.path().string() + "/";
  for (const auto& [from, to] :
       {std::pair{target, std::string("FILE")}, {entry, "ENTRY"}, {inputs, "IN:"}}) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

// Copies the case's named inputs (`inputs`: lines of NAME PATH) into the temporary directory.
void CopyInputs(const std::filesystem::path& source, const TempDir& temp) {
  if (!std::filesystem::exists(source / "inputs")) return;
  std::istringstream lines(ReadText((source / "inputs").string()));
  for (std::string name, path; lines >> name >> path;) {
    WriteText(temp.File(name), ReadText((testing::SourceDir() / path).string()));
  }
}

// Each out/NAME is the expected content of the named input NAME after the command.
void ExpectOutputs(const std::string& dir, const std::filesystem::path& source,
                   const TempDir& temp) {
  if (!std::filesystem::exists(source / "out")) return;
  for (const auto& entry : std::filesystem::directory_iterator(source / "out")) {
    std::string name = entry.path().filename().string();
    testing::ExpectGolden(dir + "out/" + name, ReadText(temp.File(name)));
  }
}

class GoldenCliTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenCliTest, MatchesExpectedBytes) {
  std::filesystem::current_path(testing::SourceDir());
  std::string dir = "tests/golden/" + GetParam() + "/";
  std::filesystem::path source = testing::SourceDir() / dir;
  TempDir temp;
  std::string target = temp.File("models.ts");
  std::string entry = (source / "entry.json").string();
  bool existed = std::filesystem::exists(source / "before.ts");
  if (existed) WriteText(target, ReadText((source / "before.ts").string()));
  CopyInputs(source, temp);
  std::string line = ReadText((source / "args").string());
  testing::RunOutput run = testing::RunTool(Arguments(line, target, entry, temp));
  testing::ExpectGolden(dir + "exit", std::to_string(run.exit_code) + "\n");
  testing::ExpectGolden(dir + "stdout", Normalise(run.out, target, entry, temp));
  testing::ExpectGolden(dir + "stderr", Normalise(run.err, target, entry, temp));
  ExpectOutputs(dir, source, temp);
  std::string before = existed ? ReadText((source / "before.ts").string()) : "";
  bool kept_expected = existed && !std::filesystem::exists(source / "after.ts");
  if (!std::filesystem::exists(target)) {
    EXPECT_FALSE(std::filesystem::exists(source / "after.ts")) << "the target was not written";
    EXPECT_FALSE(existed) << "the target was removed";
  } else if (kept_expected && ReadText(target) == before) {
    // Unchanged, as the missing after.ts says (FIB_UPDATE_GOLDEN=1 keeps it missing).
  } else {
    testing::ExpectGolden(dir + "after.ts", ReadText(target));
  }
  if (run.exit_code != 0 && existed) {
    EXPECT_EQ(ReadText(target), before) << "a failed command must leave the target untouched";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenCliTest, ::testing::ValuesIn(CaseNames()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace fib
