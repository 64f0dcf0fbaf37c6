#include "config/model_json.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(ModelJsonTest, RepeatedKeyIsLocated) {
  std::string text =
      "{\"id\": \"m\", \"name\": \"M\",\n"
      " \"modules\": {\"R\": {\"count\": 1, \"type\": \"block\"},\n"
      "             \"R\": {\"count\": 2, \"type\": \"block\"}}}\n";
  Result<Model> model = ModelFromJsonText("e.json", text);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(Render(model.error()),
            "e.json:3:14: error: duplicate key \"R\" (JSON readers keep only one of them)\n"
            " 3 |              \"R\": {\"count\": 2, \"type\": \"block\"}}}\n"
            "   |              ^\n"
            "help: remove or rename one of the two keys\n");
}

TEST(ModelJsonTest, ModulesKeepTheirOrderAcrossManyKeys) {
  std::string text =
      "{\"id\": \"m\", \"name\": \"M\", \"modules\": {\"R\": {\"count\": 1, \"type\": \"block\"}";
  for (int i = 999; i >= 1; --i) {
    text +=
        ", \"l" + std::to_string(i) + "\": {\"count\": 1, \"parent\": \"R\", \"type\": \"layer\"}";
  }
  text += "}}";
  Result<Model> model = ModelFromJsonText("e.json", text);
  ASSERT_TRUE(model.ok()) << Render(model.error());
  ASSERT_EQ(model->modules.size(), 1000u);
  EXPECT_EQ(model->modules[1].key, "l999");
  EXPECT_EQ(model->modules.back().key, "l1");
}

// limits.h bounds the modules of one model; the README's "Limits" table says so.
TEST(ModelJsonTest, ModulesPastTheLimitAreRefused) {
  std::string modules;
  for (int i = 0; i <= 100000; ++i) {
    modules +=
        (i ? ", \"k" : "\"k") + std::to_string(i) + "\": {\"count\": 1, \"type\": \"block\"}";
  }
  Result<Model> model = ModelFromJsonText(
      "e.json", "{\"id\": \"m\", \"name\": \"M\", \"modules\": {" + modules + "}}");
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.error().message.find("a model has 100001 modules, past the limit of 100000"),
            std::string::npos)
      << model.error().message;
}

}  // namespace
}  // namespace fib
