#include "config/json_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace fib {
namespace {

TEST(JsonGuardTest, OrdinaryJsonHasNoHazard) {
  EXPECT_FALSE(FindJsonHazard(R"({"a": [1, 2.5e10, -3], "b": {"c": "[[[[ 1e999"}})"));
  EXPECT_FALSE(FindJsonHazard(R"({"x": -Infinity, "y": NaN, "z": 1.7976931348623157e308})"));
}

TEST(JsonGuardTest, NumberOutOfDoubleRangeIsFoundAtItsStart) {
  auto problem = FindJsonHazard(R"({"count": 1e400})");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->offset, 10u);
  EXPECT_EQ(problem->message, "number 1e400 is out of range (beyond a double's largest value)");
  EXPECT_TRUE(FindJsonHazard("[-1e400]"));
}

TEST(JsonGuardTest, NestingPastTheLimitIsFoundAtTheFirstBracketTooDeep) {
  std::string ok = std::string(64, '[') + std::string(64, ']');
  EXPECT_FALSE(FindJsonHazard(ok));
  std::string deep = std::string(30000, '[') + std::string(30000, ']');
  auto problem = FindJsonHazard(deep);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->offset, 64u);
  EXPECT_EQ(problem->message, "nested deeper than the limit of 64 arrays and objects");
}

TEST(JsonGuardTest, UnterminatedStringEndsTheScan) {
  EXPECT_FALSE(FindJsonHazard("{\"a\": \"1e400"));
  EXPECT_FALSE(FindJsonHazard("\"\\"));
}

}  // namespace
}  // namespace fib
