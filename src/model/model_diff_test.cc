#include "model/model_diff.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Module Layer(std::string key, int64_t count, std::string parent, std::vector<std::string> names) {
  return Module{std::move(key), count, std::move(parent), "layer", std::move(names)};
}

Model Base() {
  Model model;
  model.id = "m";
  model.name = "M";
  model.modules = {{"Root", 1, std::nullopt, "block", std::nullopt},
                   Layer("attn", 4, "Root", {"a", "b"}),
                   Layer("mlp", 4, "Root", {"g"})};
  return model;
}

TEST(ModelDiffTest, IdenticalModelsAreUnchanged) {
  ModelsDelta delta = DiffModels({Base()}, {Base()});
  EXPECT_TRUE(delta.empty());
  EXPECT_EQ(delta.unchanged, 1u);
}

TEST(ModelDiffTest, OffsetsDoNotCount) {
  Model read = Base();
  read.offset = 10;
  read.modules[1].count_offset = 42;
  EXPECT_TRUE(DiffModels({Base()}, {read}).empty());
}

TEST(ModelDiffTest, ModulesAddedRemovedMovedAndChanged) {
  Model after = Base();
  after.modules[1] = Layer("attn", 8, "mlp", {"b", "c"});
  after.modules[2].type = "block";
  after.modules.erase(after.modules.begin() + 2);
  after.modules.push_back(Layer("norm", 1, "Root", {"n"}));
  ModelsDelta delta = DiffModels({Base()}, {after});
  ASSERT_EQ(delta.models.size(), 1u);
  const ModelDelta& model = delta.models[0];
  ASSERT_EQ(model.modules.size(), 3u);
  const ModuleDelta& attn = model.modules[0];
  EXPECT_EQ(attn.key, "attn");
  EXPECT_TRUE(attn.moved && attn.count_changed);
  EXPECT_FALSE(attn.type_changed);
  EXPECT_EQ(attn.definitions_added, (std::vector<std::string>{"c"}));
  EXPECT_EQ(attn.definitions_removed, (std::vector<std::string>{"a"}));
  EXPECT_EQ(model.modules[1].key, "norm");
  EXPECT_EQ(model.modules[1].kind, DeltaKind::kAdded);
  EXPECT_EQ(model.modules[2].key, "mlp");
  EXPECT_EQ(model.modules[2].kind, DeltaKind::kRemoved);
  EXPECT_EQ(model.definitions_added, (std::vector<std::string>{"c", "n"}));
  EXPECT_EQ(model.definitions_removed, (std::vector<std::string>{"a", "g"}));
}

TEST(ModelDiffTest, AMovedNameIsNotAddedToTheModel) {
  Model after = Base();
  after.modules[1].definitions = std::vector<std::string>{"a"};
  after.modules[2].definitions = std::vector<std::string>{"g", "b"};
  const ModelDelta& model = DiffModels({Base()}, {after}).models.at(0);
  EXPECT_EQ(model.modules.size(), 2u);
  EXPECT_TRUE(model.definitions_added.empty());
  EXPECT_TRUE(model.definitions_removed.empty());
}

TEST(ModelDiffTest, ReorderedNamesAreAChangeOfTheirOwn) {
  Model after = Base();
  after.modules[1].definitions = std::vector<std::string>{"b", "a"};
  const ModuleDelta& attn = DiffModels({Base()}, {after}).models.at(0).modules.at(0);
  EXPECT_TRUE(attn.definitions_reordered);
  EXPECT_TRUE(attn.definitions_added.empty());
}

TEST(ModelDiffTest, ModelsAddedAndRemovedInOrder) {
  Model other = Base();
  other.id = "other";
  Model third = Base();
  third.id = "third";
  ModelsDelta delta = DiffModels({Base(), other}, {third, Base()});
  ASSERT_EQ(delta.models.size(), 2u);
  EXPECT_EQ(delta.models[0].id, "third");
  EXPECT_EQ(delta.models[0].kind, DeltaKind::kAdded);
  EXPECT_EQ(delta.models[0].definitions_added, (std::vector<std::string>{"a", "b", "g"}));
  EXPECT_EQ(delta.models[1].id, "other");
  EXPECT_EQ(delta.models[1].kind, DeltaKind::kRemoved);
  EXPECT_EQ(delta.unchanged, 1u);
}

TEST(ModelDiffTest, NameAndDescriptionAreChanges) {
  Model after = Base();
  after.description = "now described";
  ModelsDelta delta = DiffModels({Base()}, {after});
  ASSERT_EQ(delta.models.size(), 1u);
  EXPECT_TRUE(delta.models[0].description_changed);
  EXPECT_FALSE(delta.models[0].name_changed);
}

}  // namespace
}  // namespace fib
