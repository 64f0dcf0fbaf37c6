#include "patch/plan.h"

#include <gtest/gtest.h>

#include "patch/edit.h"
#include "patch/models_file.h"

namespace fib {
namespace {

NewElement Element(const std::string& id, int64_t count) {
  Model model;
  model.id = id;
  model.name = "M";
  Module root;
  root.key = "Root";
  root.count = count;
  root.type = "block";
  model.modules = {root};
  return {model, {"// fib-modelgen: generated from c.json (tp=1, ep=1, ps=1)"}};
}

// The text after planning `elements` into `text` with `style`, and what happened to each.
std::pair<std::string, std::vector<PlanAction>> Planned(const std::string& text,
                                                        const std::vector<NewElement>& elements,
                                                        const PrintStyle& style) {
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, ArrayQuery{});
  EXPECT_TRUE(file.ok());
  BatchPlan batch = PlanBatch(file->body(), file->array(), elements, true, style);
  std::vector<PlanAction> actions;
  for (const ElementOutcome& outcome : batch.outcomes) actions.push_back(outcome.action);
  Result<std::string> applied = ApplyEdits(file->body(), batch.plan.edits);
  EXPECT_TRUE(applied.ok());
  return {applied ? *applied : "", actions};
}

// Another formatter's layout of the same value: left as it is, no edit at all.
TEST(PlanBatchTest, AnElementOfEqualValueIsUnchangedHoweverFormatted) {
  std::string text =
      "const models = [\n"
      "    // fib-modelgen: generated from c.json (tp=1, ep=1, ps=1)\n"
      "    {id: 'a', name: 'M', modules: {Root: {count: 1, type: 'block'}}},\n"
      "];\n";
  auto [after, actions] = Planned(text, {Element("a", 1)}, PrintStyle());
  EXPECT_EQ(after, text);
  EXPECT_EQ(actions, std::vector<PlanAction>{PlanAction::kUnchanged});
}

TEST(PlanBatchTest, AChangedValueIsPrintedInTheStyle) {
  std::string text =
      "const models = [\n"
      "\t{id: 'a', name: 'M', modules: {Root: {count: 1, type: 'block'}}}\n"
      "]\n";
  PrintStyle style;
  style.use_tabs = true;
  style.single_quote = true;
  style.trailing_comma = TrailingComma::kNone;
  auto [after, actions] = Planned(text, {Element("a", 2)}, style);
  EXPECT_EQ(after,
            "const models = [\n"
            "\t// fib-modelgen: generated from c.json (tp=1, ep=1, ps=1)\n"
            "\t{\n\t\tid: 'a',\n\t\tname: 'M',\n\t\tmodules: {\n\t\t\tRoot: {\n"
            "\t\t\t\tcount: 2,\n\t\t\t\ttype: 'block'\n\t\t\t}\n\t\t}\n\t}\n"
            "]\n");
  EXPECT_EQ(actions, std::vector<PlanAction>{PlanAction::kReplaced});
}

// An empty array shows no style: the configuration's indentation and trailing comma apply.
TEST(PlanBatchTest, AppendingToAnEmptyArrayFollowsTheStyle) {
  PrintStyle style;
  style.tab_width = 4;
  style.trailing_comma = TrailingComma::kNone;
  auto [after, actions] = Planned("const models = []\n", {Element("a", 1)}, style);
  std::string start =
      "const models = [\n"
      "    // fib-modelgen: generated from c.json (tp=1, ep=1, ps=1)\n"
      "    {\n";
  EXPECT_EQ(after.substr(0, start.size()), start);
  EXPECT_EQ(after.substr(after.size() - 8), "    }\n]\n");
  EXPECT_EQ(actions, std::vector<PlanAction>{PlanAction::kAdded});
}

}  // namespace
}  // namespace fib
