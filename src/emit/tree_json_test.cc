#include "emit/tree_json.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(TreeJsonTest, NestsChildrenUnderTheirParents) {
  Model model;
  model.id = "tiny";
  model.name = "Tiny";
  model.modules = {
      {"Root", 1, std::nullopt, "block", std::vector<std::string>{}},
      {"attn", 4, "Root", "layer", std::vector<std::string>{"gqa_a", "gqa_b"}},
      {"lm_head", 1, "Root", "layer", std::nullopt},
  };
  EXPECT_EQ(TreeJson(model), R"({
  "id": "tiny",
  "name": "Tiny",
  "tree": [
    {
      "key": "Root",
      "type": "block",
      "count": 1,
      "definitions": [],
      "children": [
        {
          "key": "attn",
          "type": "layer",
          "count": 4,
          "definitions": ["gqa_a", "gqa_b"],
          "children": []
        },
        {
          "key": "lm_head",
          "type": "layer",
          "count": 1,
          "children": []
        }
      ]
    }
  ]
}
)");
}

TEST(TreeJsonTest, AModelWithoutModulesHasAnEmptyTree) {
  Model model;
  model.id = "empty";
  model.name = "E";
  EXPECT_EQ(TreeJson(model), "{\n  \"id\": \"empty\",\n  \"name\": \"E\",\n  \"tree\": []\n}\n");
}

}  // namespace
}  // namespace fib
