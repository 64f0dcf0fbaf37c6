#include "emit/problems_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace fib {
namespace {

TEST(ProblemsJsonTest, EachProblemWithItsPlaceAndASummary) {
  Diagnostic located = Error(ErrorKind::kValidation, "duplicate id \"m\" (first at line 3)");
  located.where = Location{"models.ts", 14, 9, "    id: \"m\","};
  Diagnostic unreadable = Error(ErrorKind::kIo, "cannot read 'x.ts': no such file", "check it");
  unreadable.notes = {"a note"};
  ProblemReport report;
  report.problems = {{"web/models.ts", located}, {"x.ts", unreadable}, {"y.ts", Warning("w")}};
  report.files = 3;
  report.models = 9;
  EXPECT_EQ(ProblemsJson(report),
            "{\n"
            "  \"problems\": [\n"
            "    {\"file\": \"web/models.ts\", \"line\": 14, \"column\": 9, \"severity\": "
            "\"error\", \"message\": \"duplicate id \\\"m\\\" (first at line 3)\"},\n"
            "    {\"file\": \"x.ts\", \"line\": null, \"column\": null, \"severity\": \"error\", "
            "\"message\": \"cannot read 'x.ts': no such file\", \"notes\": [\"a note\"], "
            "\"help\": \"check it\"},\n"
            "    {\"file\": \"y.ts\", \"line\": null, \"column\": null, \"severity\": "
            "\"warning\", \"message\": \"w\"}\n"
            "  ],\n"
            "  \"summary\": {\"files\": 3, \"models\": 9, \"errors\": 2, \"warnings\": 1}\n"
            "}\n");
}

TEST(ProblemsJsonTest, NoProblemsIsAnEmptyListAndParses) {
  ProblemReport report;
  report.files = 1;
  report.models = 2;
  std::string text = ProblemsJson(report);
  EXPECT_EQ(text,
            "{\n  \"problems\": [],\n  \"summary\": {\"files\": 1, \"models\": 2, \"errors\": 0, "
            "\"warnings\": 0}\n}\n");
  EXPECT_TRUE(nlohmann::json::accept(text));
}

TEST(ProblemsJsonTest, BytesThatAreNotUtf8DoNotBreakTheDocument) {
  ProblemReport report;
  report.problems = {{"m.ts", Error(ErrorKind::kValidation, "id \"\xff\" is odd")}};
  std::string text = ProblemsJson(report);
  EXPECT_TRUE(nlohmann::json::accept(text)) << text;
  EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace fib
