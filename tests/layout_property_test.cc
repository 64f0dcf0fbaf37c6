// The planner on every layout: structure-preserving mutations of the real models.ts (joined
// `}, {` elements, ']' on the last element's line, a compact `[{`, comments between elements,
// no trailing comma, CRLF) are edited correctly and idempotently. For each layout and edit:
// the result verifies, a second identical edit changes nothing, every other model reads back
// to the same value, and a generated marker belongs to the element it was written for.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "config/model_json.h"
#include "patch/model_reader.h"
#include "patch/models_file.h"
#include "patch/plan.h"
#include "test_support.h"

namespace fib {
namespace {

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

struct Layout {
  std::string name;
  std::function<std::string(const std::string&)> mutate;
};

std::vector<Layout> Layouts() {
  return {
      {"as is", [](const std::string& t) { return t; }},
      {"joined", [](const std::string& t) { return ReplaceAll(t, "},\n  {", "}, {"); }},
      {"bracket on last line",
       [](const std::string& t) { return ReplaceAll(t, "  },\n]", "  }]"); }},
      {"compact start", [](const std::string& t) { return ReplaceAll(t, "[\n  {\n", "[{\n"); }},
      {"compact both",
       [](const std::string& t) {
         return ReplaceAll(ReplaceAll(t, "[\n  {\n", "[{\n"), "  },\n]", "  }]");
       }},
      {"comments between",
       [](const std::string& t) {
         return ReplaceAll(t, "},\n  {", "}, // after\n  /* between */\n\n  // above\n  {");
       }},
      {"no trailing comma",
       [](const std::string& t) { return ReplaceAll(t, "  },\n]", "  }\n]"); }},
      {"crlf", [](const std::string& t) { return ReplaceAll(t, "\n", "\r\n"); }},
  };
}

// Every model's JSON by id, read as `list --format json` reads them.
std::map<std::string, std::string> ModelsById(const std::string& bytes) {
  Result<ModelsFile> file = ModelsFile::FromBytes("models.ts", bytes, true, ArrayQuery{});
  EXPECT_TRUE(file.ok()) << (file.ok() ? "" : Render(file.error()));
  std::map<std::string, std::string> out;
  if (!file.ok()) return out;
  for (const Model& model : ReadModels(*file).models) out[model.id] = ModelsToJson({model});
  return out;
}

Result<std::string> Upsert(const std::string& bytes, const NewElement& element) {
  Result<ModelsFile> file = ModelsFile::FromBytes("models.ts", bytes, true, ArrayQuery{});
  if (!file) return file.error();
  Result<Plan> plan = PlanUpsert(file->body(), file->array(), element, PrintStyle{});
  if (!plan) return plan.error();
  return file->Apply(*plan, ArrayQuery{});
}

// Upserts `element` into `before` twice and checks the properties named at the top.
void ExpectGoodUpsert(const std::string& layout, const std::string& before,
                      const NewElement& element) {
  SCOPED_TRACE(layout + ", upserting " + element.model.id);
  Result<std::string> once = Upsert(before, element);
  ASSERT_TRUE(once.ok()) << Render(once.error());
  Result<std::string> twice = Upsert(*once, element);
  ASSERT_TRUE(twice.ok()) << Render(twice.error());
  EXPECT_EQ(*twice, *once) << "not idempotent";
  std::map<std::string, std::string> old_models = ModelsById(before),
                                     new_models = ModelsById(*once);
  EXPECT_EQ(new_models[element.model.id], ModelsToJson({element.model}));
  for (const auto& [id, json] : old_models) {
    if (id != element.model.id) EXPECT_EQ(new_models[id], json) << id << " changed";
  }
  Result<ModelsFile> file = ModelsFile::FromBytes("models.ts", *once, true, ArrayQuery{});
  ASSERT_TRUE(file.ok());
  for (const ArrayElement& item : file->array().elements) {
    for (const ByteRange& comment : item.leading_comments) {
      std::string_view text = file->body().substr(comment.begin, comment.end - comment.begin);
      bool marker = text.find("fib-modelgen: generated") != std::string_view::npos;
      EXPECT_TRUE(!marker || item.id == element.model.id)
          << "the marker for " << element.model.id << " stands above " << item.id.value_or("?");
    }
  }
}

NewElement ElementFrom(const Model& model, const std::string& name) {
  NewElement element{model, {"// fib-modelgen: generated from configs/x.json (tp=1, ep=1, ps=1)"}};
  element.model.name = name;
  return element;
}

void CheckEveryLayout(const std::string& original) {
  std::vector<Model> models;
  {
    Result<ModelsFile> file = ModelsFile::FromBytes("models.ts", original, true, ArrayQuery{});
    ASSERT_TRUE(file.ok());
    models = ReadModels(*file).models;
  }
  ASSERT_GE(models.size(), 2u);
  Result<Model> fresh = ModelFromJsonText(
      "e.json",
      R"({"id": "new-one", "name": "New", "modules": {"R": {"count": 1, "type": "block"}}})");
  ASSERT_TRUE(fresh.ok());
  for (const Layout& layout : Layouts()) {
    std::string before = layout.mutate(original);
    ExpectGoodUpsert(layout.name, before, NewElement{*fresh, {}});
    ExpectGoodUpsert(layout.name, before, ElementFrom(*fresh, "New"));
    ExpectGoodUpsert(layout.name, before, ElementFrom(models.front(), "First, renamed"));
    ExpectGoodUpsert(layout.name, before, ElementFrom(models[1], "Second, renamed"));
    ExpectGoodUpsert(layout.name, before, ElementFrom(models.back(), "Last, renamed"));
  }
}

TEST(LayoutPropertyTest, BundledExampleOnEveryLayout) {
  CheckEveryLayout(testing::SourceFile("fixtures/models.ts"));
}

TEST(LayoutPropertyTest, RealUpstreamFileOnEveryLayout) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent";
  CheckEveryLayout(testing::ReadText((*shared / "fixtures/upstream/models.ts").string()));
}

}  // namespace
}  // namespace fib
