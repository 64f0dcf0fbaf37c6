// The command line helps: help and -V work, unknown names get "did you mean", every
// subcommand's help ends with an example and the exit codes, --color colours the labels, and
// --file names the target in every command.
#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

using testing::RunTool;

TEST(CliHelpTest, UnknownCommandsAndOptionsGetTheClosestName) {
  testing::RunOutput command = RunTool({"gen", "--config", "x.json"});
  EXPECT_EQ(command.exit_code, 2);
  EXPECT_EQ(command.err,
            "fib-modelgen: error: unknown command 'gen'; did you mean 'generate'?\n"
            "help: 'fib-modelgen help' lists them\n");
  testing::RunOutput option = RunTool({"check", "--aray", "models", "models.ts"});
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_EQ(option.err,
            "fib-modelgen: error: unknown option '--aray'; did you mean '--array'?\n"
            "help: 'fib-modelgen help check' lists the options\n");
}

TEST(CliHelpTest, HelpVersionAndNoArguments) {
  testing::RunOutput help = RunTool({"help", "refresh"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Example:\n  fib-modelgen refresh --check\nExit codes: 0 ok"),
            std::string::npos)
      << help.out;
  EXPECT_NE(help.out.find("--manifest PATH"), std::string::npos) << help.out;
  testing::RunOutput version = RunTool({"-V"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("fib-modelgen ", 0), 0u);
  testing::RunOutput nothing = RunTool({});
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_NE(nothing.out.find("Subcommands:"), std::string::npos);
}

TEST(CliHelpTest, ColourOnRequestOnly) {
  testing::TempDir temp;
  testing::RunOutput plain = RunTool({"list", temp.File("nope.ts")});
  EXPECT_EQ(plain.err.find("\033["), std::string::npos);
  testing::RunOutput coloured = RunTool({"--color", "always", "list", temp.File("nope.ts")});
  EXPECT_EQ(coloured.err.rfind("fib-modelgen: \033[1;31merror:\033[0m cannot read", 0), 0u)
      << coloured.err;
  testing::RunOutput after = RunTool({"list", temp.File("nope.ts"), "--color", "always"});
  EXPECT_NE(after.err.find("\033[1;31merror:"), std::string::npos) << after.err;
}

TEST(CliHelpTest, FileNamesTheTargetInEveryCommand) {
  testing::TempDir temp;
  testing::WriteText(temp.File("models.ts"), "const models = [\n]\n");
  EXPECT_EQ(RunTool({"list", "--file", temp.File("models.ts")}).exit_code, 0);
  EXPECT_EQ(RunTool({"check", "--file", temp.File("models.ts")}).exit_code, 0);
  testing::WriteText(
      temp.File("entry.json"),
      R"({"id": "tiny", "name": "Tiny", "modules": {"R": {"count": 1, "type": "block"}}})");
  EXPECT_EQ(
      RunTool({"upsert", "--model", temp.File("entry.json"), "--file", temp.File("models.ts")})
          .exit_code,
      0);
  EXPECT_EQ(RunTool({"remove", "--id", "tiny", "--file", temp.File("models.ts")}).exit_code, 0);
  // The old spellings still work.
  EXPECT_EQ(RunTool({"list", temp.File("models.ts")}).exit_code, 0);
}

}  // namespace
}  // namespace fib
