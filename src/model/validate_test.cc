#include "model/validate.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Module Make(std::string key, std::optional<std::string> parent, std::string type = "layer",
            int64_t count = 1) {
  Module module;
  module.key = std::move(key);
  module.parent = std::move(parent);
  module.type = std::move(type);
  module.count = count;
  return module;
}

std::vector<std::string> Messages(const Model& model) {
  std::vector<std::string> out;
  for (const Problem& problem : ValidateModel(model)) out.push_back(problem.message);
  return out;
}

TEST(ValidateModelTest, AcceptsAWellFormedTree) {
  Model model{"m", "M", std::nullopt, {Make("Root", std::nullopt, "block"), Make("x", "Root")}};
  EXPECT_TRUE(ValidateModel(model).empty());
}

TEST(ValidateModelTest, ReportsEveryRuleItBreaks) {
  Model model{"bad id",
              "M",
              std::nullopt,
              {Make("A", "B", "block"), Make("B", "A", "block"), Make("x", "Nope", "leaf", 0),
               Make("x", "A")}};
  EXPECT_EQ(Messages(model),
            (std::vector<std::string>{
                "id 'bad id' must not contain whitespace or quotes",
                "module 'x': count must be a positive integer, got 0",
                "module 'x': type must be \"block\" or \"layer\", got \"leaf\"",
                "module key 'x' appears twice in model 'bad id' (JavaScript would keep only the "
                "last)",
                "module 'x': parent 'Nope' is not a module of this model",
                "model 'bad id' has no root module (every module has a parent)",
                "module 'A' is its own ancestor (parent cycle)"}));
}

// A chain 100,000 modules deep that ends in a loop of three: the loop is reported once, at its
// first module in module order; the modules leading into it are not on it and are not reported.
TEST(ValidateModelTest, DeepChainIntoACycleIsReportedOnceAtItsFirstModule) {
  Model model{"m", "M", std::nullopt, {Make("Root", std::nullopt, "block")}};
  const int kDepth = 100000;
  for (int i = 1; i < kDepth; ++i) {
    model.modules.push_back(
        Make("m" + std::to_string(i), i == 1 ? "Root" : "m" + std::to_string(i - 1)));
  }
  model.modules.push_back(Make("z", "y"));  // z -> y -> x -> z
  model.modules.push_back(Make("x", "z"));
  model.modules.push_back(Make("y", "x"));
  model.modules.push_back(Make("into", "x"));  // leads into the loop
  EXPECT_EQ(Messages(model),
            std::vector<std::string>{"module 'z' is its own ancestor (parent cycle)"});
}

// A repeated key resolves to its first module; a later module with that key whose parents lead
// back to it closes a loop of its own (JavaScript would keep that later one).
TEST(ValidateModelTest, RepeatedKeyThatLeadsBackToItselfIsACycle) {
  Model model{
      "m",
      "M",
      std::nullopt,
      {Make("Root", std::nullopt, "block"), Make("x", "Root"), Make("y", "x"), Make("x", "y")}};
  EXPECT_EQ(Messages(model),
            (std::vector<std::string>{
                "module key 'x' appears twice in model 'm' (JavaScript would keep only the last)",
                "module 'x' is its own ancestor (parent cycle)"}));
}

TEST(ValidateIdTest, RejectsEmptyAndQuotedIds) {
  EXPECT_EQ(ValidateId("", 0).size(), 1u);
  EXPECT_EQ(ValidateId("a\"b", 0).size(), 1u);
  EXPECT_TRUE(ValidateId("kimi-k2", 0).empty());
}

}  // namespace
}  // namespace fib
