#include "emit/problems_github.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(AnnotationEscapeTest, DataEscapesPercentAndLineBreaks) {
  EXPECT_EQ(EscapeAnnotationData("100% sure\r\nnext: a, b"), "100%25 sure%0D%0Anext: a, b");
  EXPECT_EQ(EscapeAnnotationData("%0A is not a line break"), "%250A is not a line break");
}

TEST(AnnotationEscapeTest, PropertiesAlsoEscapeColonAndComma) {
  EXPECT_EQ(EscapeAnnotationProperty("C:\\x,y%\n"), "C%3A\\x%2Cy%25%0A");
  EXPECT_EQ(EscapeAnnotationProperty("fib-modelgen check"), "fib-modelgen check");
}

TEST(GithubAnnotationTest, ALocatedErrorNamesItsLineAndColumn) {
  Diagnostic error = Error(ErrorKind::kValidation, "module 'a': count must be positive, got 0");
  error.where = Location{"/abs/models.ts", 7, 19, "      a: { count: 0 },"};
  EXPECT_EQ(GithubAnnotation({"web/models.ts", error}, "fib-modelgen check"),
            "::error file=web/models.ts,line=7,col=19,title=fib-modelgen check::module 'a': "
            "count must be positive, got 0\n");
}

TEST(GithubAnnotationTest, NotesAndHelpAreLinesOfTheMessage) {
  Diagnostic error = Error(ErrorKind::kIo, "cannot read 'a,b.ts': 100% gone", "check the path");
  error.notes = {"first", "second"};
  EXPECT_EQ(GithubAnnotation({"a,b.ts", error}, "t:1"),
            "::error file=a%2Cb.ts,title=t%3A1::cannot read 'a,b.ts': 100%25 gone%0Anote: "
            "first%0Anote: second%0Ahelp: check the path\n");
}

TEST(GithubAnnotationTest, WarningsAndNotesHaveTheirOwnCommands) {
  EXPECT_EQ(GithubAnnotation({"f", Warning("w")}, "t"), "::warning file=f,title=t::w\n");
  EXPECT_EQ(GithubAnnotation({"f", Note("n")}, "t"), "::notice file=f,title=t::n\n");
}

TEST(GithubAnnotationsTest, OneLinePerProblem) {
  ProblemReport report;
  report.problems = {{"a", Warning("x")}, {"b", Error(ErrorKind::kSyntax, "y")}};
  EXPECT_EQ(GithubAnnotations(report, "t"),
            "::warning file=a,title=t::x\n::error file=b,title=t::y\n");
  EXPECT_EQ(GithubAnnotations(ProblemReport{}, "t"), "");
}

}  // namespace
}  // namespace fib
