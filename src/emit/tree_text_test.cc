#include "emit/tree_text.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Model Small() {
  Model model;
  model.id = "m";
  Module root{"Root", 1, std::nullopt, "block", std::nullopt};
  Module a{"a", 2, "Root", "layer", std::vector<std::string>{"x", "y"}};
  Module b{"b", 3, "Root", "block", std::vector<std::string>{}};
  Module c{"c", 3, "b", "layer", std::vector<std::string>{}};
  model.modules = {root, a, b, c};
  return model;
}

TEST(RenderTreeTest, BoxDrawingOnATerminal) {
  EXPECT_EQ(RenderTree(Small(), {true, false}),
            "Root (block x1)\n"
            "├── a (layer x2): x, y\n"
            "└── b (block x3)\n"
            "    └── c (layer x3)\n");
}

TEST(RenderTreeTest, PlainIndentationWhenPiped) {
  EXPECT_EQ(RenderTree(Small(), {false, false}),
            "Root (block x1)\n  a (layer x2): x, y\n  b (block x3)\n    c (layer x3)\n");
}

TEST(RenderTreeTest, ColourWrapsNamesCountsAndDefinitions) {
  std::string out = RenderTree(Small(), {false, true});
  EXPECT_EQ(out.substr(0, 35), "\033[1;34mRoot\033[0m \033[2m(block x1)\033[0m\n");
  EXPECT_NE(out.find("\033[32mx, y\033[0m"), std::string::npos);
}

}  // namespace
}  // namespace fib
