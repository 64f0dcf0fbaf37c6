#include "app/color_choice.h"

#include <gtest/gtest.h>

#include <map>

namespace fib {
namespace {

std::function<const char*(const char*)> Env(std::map<std::string, std::string> values) {
  return [values = std::move(values)](const char* name) -> const char* {
    auto it = values.find(name);
    return it == values.end() ? nullptr : it->second.c_str();
  };
}

TEST(UseColorTest, FlagsThenEnvironmentThenTerminal) {
  EXPECT_TRUE(UseColor("always", false, Env({{"NO_COLOR", "1"}})));
  EXPECT_FALSE(UseColor("never", true, Env({{"FORCE_COLOR", "1"}})));
  EXPECT_TRUE(UseColor("auto", true, Env({})));
  EXPECT_FALSE(UseColor("auto", false, Env({})));
  EXPECT_FALSE(UseColor("auto", true, Env({{"NO_COLOR", "1"}})));
  // An empty NO_COLOR does not count (no-color.org).
  EXPECT_TRUE(UseColor("auto", true, Env({{"NO_COLOR", ""}})));
  EXPECT_TRUE(UseColor("auto", false, Env({{"FORCE_COLOR", "1"}})));
  EXPECT_FALSE(UseColor("auto", false, Env({{"FORCE_COLOR", "0"}})));
}

}  // namespace
}  // namespace fib
