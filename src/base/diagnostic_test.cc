#include "base/diagnostic.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(RenderTest, UnlocatedDiagnosticsNameTheTool) {
  EXPECT_EQ(Render(Error(ErrorKind::kIo, "cannot read 'x'", "check the path")),
            "fib-modelgen: error: cannot read 'x'\nhelp: check the path\n");
  EXPECT_EQ(Render(Warning("unreadable definition file d.json")),
            "fib-modelgen: warning: unreadable definition file d.json\n");
  EXPECT_EQ(Render(Note("a: 2 mapped definitions lack the tag model:a")),
            "fib-modelgen: note: a: 2 mapped definitions lack the tag model:a\n");
  EXPECT_EQ(Render(Info("12 problems in 1 file")), "fib-modelgen: 12 problems in 1 file\n");
}

TEST(RenderTest, LocatedDiagnosticsShowTheLineAndACaret) {
  Diagnostic error = Error(ErrorKind::kValidation, "count must be positive");
  error.where = Location{"m.ts", 3, 5, "\tab count: 0"};
  error.notes = {"also here"};
  EXPECT_EQ(Render(error),
            "m.ts:3:5: error: count must be positive\n"
            " 3 | \tab count: 0\n"
            "   | \t   ^\n"
            "note: also here\n");
}

TEST(RenderTest, ColourGoesOnTheLabelsAndNotOnAStatusLine) {
  EXPECT_EQ(Render(Warning("w", "h"), true),
            "fib-modelgen: \033[1;33mwarning:\033[0m w\n\033[1;32mhelp:\033[0m h\n");
  EXPECT_EQ(Render(Info("status"), true), "fib-modelgen: status\n");
}

TEST(DiagnosticBuildersTest, AWarningBecomesAnInputErrorUnderStrict) {
  EXPECT_EQ(Warning("w").kind, ErrorKind::kInput);
  EXPECT_EQ(Warning("w").severity, Severity::kWarning);
  EXPECT_EQ(Note("n").severity, Severity::kNote);
  EXPECT_EQ(Info("i").severity, Severity::kInfo);
}

}  // namespace
}  // namespace fib
