#include "config/json_positions.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(JsonPositionsTest, EveryValueInPreOrderWithItsKey) {
  std::string_view text = R"({"a": [1, {"b": true}], "c": "x"})";
  JsonLayout layout = ScanJsonLayout(text);
  ASSERT_EQ(layout.positions.size(), 6u);  // object, array, 1, object, true, "x"
  EXPECT_EQ(layout.positions[0].value, 0u);
  EXPECT_EQ(text.substr(layout.positions[1].key, 3), "\"a\"");
  EXPECT_EQ(text[layout.positions[1].value], '[');
  EXPECT_EQ(text[layout.positions[2].value], '1');
  EXPECT_EQ(text.substr(layout.positions[4].key, 3), "\"b\"");
  EXPECT_EQ(text.substr(layout.positions[4].value, 4), "true");
  EXPECT_EQ(text.substr(layout.positions[5].value, 3), "\"x\"");
}

TEST(JsonPositionsTest, FirstDuplicateKeyIsFoundInsideItsOwnObjectOnly) {
  EXPECT_EQ(FirstDuplicateKey(R"({"a": {"a": 1}, "b": {"a": 2}})"), std::nullopt);
  std::string_view text = R"({"m": {"x": 1, "y": 2, "x": 3}})";
  std::optional<size_t> duplicate = FirstDuplicateKey(text);
  ASSERT_TRUE(duplicate);
  EXPECT_EQ(*duplicate, text.rfind("\"x\""));
}

}  // namespace
}  // namespace fib
