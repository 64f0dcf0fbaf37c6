// Errors point where the problem is: a truncated models.ts at the end of its text and the
// bracket left open (not at 1:1), a manifest entry's problem at manifest:line:col with exit 4,
// and CR-only line endings refused with a message instead of being misread.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunBinary;
using testing::RunOutput;
using testing::TempDir;
using testing::WriteText;

TEST(LocatedErrorsTest, TruncatedFileIsReportedWhereItEnds) {
  TempDir temp;
  std::string models = testing::SourceFile("fixtures/models.ts");
  WriteText(temp.File("models.ts"), models.substr(0, models.find("definitions: []") + 6));
  RunOutput run = RunBinary({"check", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_EQ(run.err, temp.File("models.ts") +
                         ":19:14: error: syntax error: the text ends before '{' at line 15, "
                         "column 19 is closed\n"
                         " 19 |         defini\n"
                         "    |              ^\n"
                         "help: the file looks truncated, or a closing bracket is missing\n"
                         "fib-modelgen: 1 problem in 1 file\n");
}

TEST(LocatedErrorsTest, MissingCloserMidFileIsStillReportedAtTheFirstError) {
  TempDir temp;
  WriteText(temp.File("models.ts"), "const models = [\n  { id: \"a\" \n  { id: \"b\" },\n]\n");
  RunOutput run = RunBinary({"check", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_EQ(run.err.rfind(temp.File("models.ts") + ":2:9: error: syntax error: unexpected", 0), 0u)
      << run.err;
}

TEST(LocatedErrorsTest, ManifestEntryProblemIsAnInputErrorAtTheEntry) {
  TempDir temp;
  WriteText(temp.File("m.json"),
            "{\"output\": \"models.ts\",\n \"models\": [\n  {\"id\": \"a b\", \"config\": \"" +
                (testing::SourceDir() / "fixtures/configs/llama-3.1-8b.json").string() + "\"}]}\n");
  RunOutput run = RunBinary({"refresh", "--manifest", temp.File("m.json"), "--allow-outside-repo"});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find(temp.File("m.json") +
                         ":3:3: error: id 'a b' must not contain whitespace or quotes\n"),
            std::string::npos)
      << run.err;
}

TEST(LocatedErrorsTest, CrOnlyLineEndingsAreRefusedWithAMessage) {
  TempDir temp;
  std::string before =
      "const models = [\r  {\r    id: \"a\",\r    name: \"A\",\r    modules: {},\r  },\r]\r";
  WriteText(temp.File("models.ts"), before);
  WriteText(temp.File("e.json"),
            R"({"id": "b", "name": "B", "modules": {"R": {"count": 1, "type": "block"}}})");
  RunOutput run =
      RunBinary({"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_EQ(run.err, temp.File("models.ts") +
                         ":1:17: error: a carriage return without a line feed: CR-only line "
                         "endings are not supported\n"
                         " 1 | const models = [   {     id: \"a\",     name: \"A\",     modules: "
                         "{},   }, ]\n"
                         "   |                 ^\n"
                         "help: convert the file to LF (or CRLF) line endings, e.g. tr '\\r' "
                         "'\\n'\n");
  EXPECT_EQ(ReadText(temp.File("models.ts")), before);
}

}  // namespace
}  // namespace fib
