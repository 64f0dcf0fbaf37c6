// Every id is seen, or the edit refuses: an element whose id is not a plain string could be the
// model an edit is about, and appending beside it would make a second model with that id.
// Option values that look like options, and ids with invisible characters, are refused too.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunBinary;
using testing::RunOutput;
using testing::TempDir;
using testing::WriteText;

constexpr const char* kEntry =
    R"({"id": "a", "name": "A", "modules": {"Root": {"count": 1, "type": "block"}}})";

std::string ModelsWith(const std::string& member) {
  return "const models = [\n  {\n    " + member +
         ",\n    name: \"A\",\n    modules: {},\n  },\n]\n";
}

struct Hidden {
  std::string member;  // what stands where `id: "a"` would
  std::string why;     // the end of the error's first line
  int column = 5;      // where the error points on line 3
};

class HiddenIdTest : public ::testing::TestWithParam<Hidden> {};

TEST_P(HiddenIdTest, UpsertRefusesInsteadOfAppendingADuplicate) {
  TempDir temp;
  WriteText(temp.File("e.json"), kEntry);
  std::string before = ModelsWith(GetParam().member);
  WriteText(temp.File("models.ts"), before);
  RunOutput run =
      RunBinary({"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 6) << run.err;
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            temp.File("models.ts") + ":3:" + std::to_string(GetParam().column) +
                ": error: cannot read the id of this element: " + GetParam().why);
  EXPECT_EQ(ReadText(temp.File("models.ts")), before);
}

TEST_P(HiddenIdTest, CheckReportsIt) {
  TempDir temp;
  WriteText(temp.File("models.ts"), ModelsWith(GetParam().member));
  RunOutput run = RunBinary({"check", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 6);
  EXPECT_NE(run.err.find("cannot read the id of this element: " + GetParam().why),
            std::string::npos)
      << run.err;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, HiddenIdTest,
    ::testing::Values(
        Hidden{"id: `${\"a\"}`", "the id is a template literal with substitutions or escapes", 9},
        Hidden{"id: \"a\" as const", "the id has a type assertion ('as' or 'satisfies')", 9},
        Hidden{"[\"id\"]: \"a\"", "a computed key, which may be the id"},
        Hidden{"\\u0069d: \"a\"", "an escaped key, which may be the id"},
        Hidden{"get id() { return \"a\" }", "a getter or method that may define the id"},
        Hidden{"...base", "a spread, which may set the id"},
        Hidden{"id", "the id is a shorthand property (a variable)"}));

TEST(IdVisibilityTest, PlainTemplateLiteralIdIsSeenAndReplaced) {
  TempDir temp;
  WriteText(temp.File("e.json"), kEntry);
  WriteText(temp.File("models.ts"), ModelsWith("id: `a`"));
  RunOutput run =
      RunBinary({"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "replaced: \"a\" in " + temp.File("models.ts") + "\n");
}

TEST(IdVisibilityTest, RemoveAndRefreshRefuseToo) {
  TempDir temp;
  std::string before = ModelsWith("id: `${\"a\"}`");
  WriteText(temp.File("models.ts"), before);
  EXPECT_EQ(RunBinary({"remove", "--id", "a", "--output", temp.File("models.ts")}).exit_code, 6);
  WriteText(temp.File("m.json"),
            R"({"output": "models.ts", "models": [{"id": "a", "config": ")" +
                (testing::SourceDir() / "fixtures/configs/llama-3.1-8b.json").string() + "\"}]}");
  EXPECT_EQ(
      RunBinary({"refresh", "--manifest", temp.File("m.json"), "--allow-outside-repo"}).exit_code,
      6);
  EXPECT_EQ(ReadText(temp.File("models.ts")), before);
}

TEST(IdVisibilityTest, OptionValueThatIsAnOptionIsRefused) {
  TempDir temp;
  std::string models = testing::SourceFile("fixtures/models.ts");
  WriteText(temp.File("models.ts"), models);
  std::string config = (testing::SourceDir() / "fixtures/configs/llama-3.1-8b.json").string();
  RunOutput run = RunBinary({"generate", "--config", config, "--model-name", "--dry-run",
                             "--output", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "fib-modelgen: error: option '--model-name' needs a value, got the option "
            "'--dry-run'\n"
            "help: give --model-name its value; a value that starts with '-' goes after '=' "
            "(--model-name=--dry-run)\n");
  EXPECT_EQ(ReadText(temp.File("models.ts")), models);
  std::filesystem::current_path(temp.path());
  run = RunBinary({"generate", "--config", config, "--model-name", "x", "--output", "--dry-run"});
  std::filesystem::current_path(testing::SourceDir());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(temp.File("--dry-run")));
}

TEST(IdVisibilityTest, IdsWithInvisibleCharactersAreRefused) {
  for (const auto& [escape, code] : {std::pair<std::string, std::string>{"\\u0000", "U+0000"},
                                     {"\\u2028", "U+2028"},
                                     {"\\u202e", "U+202E"}}) {
    TempDir temp;
    WriteText(temp.File("e.json"), "{\"id\": \"a" + escape +
                                       "b\", \"name\": \"A\", \"modules\": {\"R\": {\"count\": "
                                       "1, \"type\": \"block\"}}}");
    WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
    RunOutput run =
        RunBinary({"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")});
    EXPECT_EQ(run.exit_code, 4);
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              temp.File("e.json") +
                  ":1:8: error: invalid model entry: id must not contain control, line-separator "
                  "or bidirectional characters, found " +
                  code);
  }
}

}  // namespace
}  // namespace fib
