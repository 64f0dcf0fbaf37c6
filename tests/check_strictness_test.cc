// `check` rejects what tsc or the web app would reject or misread: duplicate keys, bigints,
// non-finite numbers, array holes and keys JavaScript treats specially. Each case asserts the
// whole first diagnostic line.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace fib {
namespace {

using testing::RunBinary;
using testing::TempDir;
using testing::WriteText;

struct Strict {
  std::string module_line;  // line 5 of the file: the model's `modules`
  std::string error;        // the first line of the diagnostic, after "FILE:"
};

class CheckStrictnessTest : public ::testing::TestWithParam<Strict> {};

TEST_P(CheckStrictnessTest, IsRejectedAtItsLocation) {
  TempDir temp;
  WriteText(temp.File("models.ts"), "const models = [\n  {\n    id: \"a\",\n    name: \"A\",\n" +
                                        GetParam().module_line + "\n  },\n]\n");
  testing::RunOutput run = RunBinary({"check", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 6);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')), temp.File("models.ts") + ":" + GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CheckStrictnessTest,
    ::testing::Values(
        Strict{"    modules: {r: {count: 1, type: \"block\", count: 2}},",
               "5:44: error: duplicate key 'count' in module 'r' (tsc rejects it)"},
        Strict{"    modules: {r: {count: 61n, type: \"block\"}},",
               "5:26: error: bigint literal '61n': expected a number"},
        Strict{"    modules: {r: {count: 1e400, type: \"block\"}},",
               "5:26: error: number '1e400' is not finite"},
        Strict{"    modules: {r: {count: 1, type: \"layer\", definitions: [\"x\",,\"y\"]}},",
               "5:62: error: hole in the array (two commas in a row)"},
        Strict{"    modules: {__proto__: {count: 1, type: \"block\"}},",
               "5:15: error: module key '__proto__' is not allowed: JavaScript objects treat it "
               "specially"},
        Strict{"    modules: {constructor: {count: 1, type: \"block\"}},",
               "5:15: error: module key 'constructor' is not allowed: JavaScript objects treat it "
               "specially"}));

TEST(CheckStrictnessTest, DuplicateIdKeyIsRejected) {
  TempDir temp;
  WriteText(temp.File("models.ts"),
            "const models = [\n  {\n    id: \"a\",\n    name: \"A\",\n    modules: {},\n"
            "    id: \"b\",\n  },\n]\n");
  testing::RunOutput run = RunBinary({"check", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 6);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            temp.File("models.ts") + ":6:5: error: duplicate key 'id' in the model (tsc rejects it)");
}

TEST(CheckStrictnessTest, TrailingCommaIsNoHole) {
  TempDir temp;
  WriteText(temp.File("models.ts"),
            "const models = [\n  {\n    id: \"a\",\n    name: \"A\",\n"
            "    modules: {r: {count: 1, type: \"layer\", definitions: [\"x\",]}},\n  },\n]\n");
  testing::RunOutput run = RunBinary({"check", temp.File("models.ts")});
  EXPECT_EQ(run.exit_code, 0) << run.err;
}

}  // namespace
}  // namespace fib
