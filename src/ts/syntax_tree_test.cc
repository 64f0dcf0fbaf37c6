#include "ts/syntax_tree.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Result<ModelsArray> Find(std::string_view text, ArrayQuery query = {}) {
  Result<SyntaxTree> tree = SyntaxTree::Parse("m.ts", text);
  EXPECT_TRUE(tree.ok());
  return tree->FindModelsArray(query);
}

std::string Slice(std::string_view text, size_t begin, size_t end) {
  return std::string(text.substr(begin, end - begin));
}

TEST(SyntaxTreeTest, FindsEveryAcceptedShapeOfTheArray) {
  for (std::string_view text :
       {"const models = [{ id: \"a\" }]", "export const models: Model[] = [{ id: \"a\" }]",
        "const models = [{ id: \"a\" }] satisfies Model[]", "let models = [{ id: \"a\" }] as const",
        "const models = ([{ id: \"a\" }])", "export default [{ id: \"a\" }] satisfies Model[]"}) {
    Result<ModelsArray> array = Find(text);
    ASSERT_TRUE(array.ok()) << text;
    ASSERT_EQ(array->elements.size(), 1u) << text;
    EXPECT_EQ(array->elements[0].id, "a") << text;
  }
}

// One element at a time gives what read_values gives all at once, in the same order.
TEST(SyntaxTreeTest, ReadsElementValuesOneAtATime) {
  std::string_view text =
      "const models = [\n  // first\n  { id: \"a\", n: [1, -2] },\n  someName,\n  \"s\", /* x "
      "*/\n]\n";
  Result<SyntaxTree> tree = SyntaxTree::Parse("m.ts", text);
  ASSERT_TRUE(tree.ok());
  Result<ModelsArray> array = tree->FindModelsArray({});
  ASSERT_TRUE(array.ok());
  std::vector<ArrayElement> read;
  tree->ReadElementValues(*array,
                          [&](ArrayElement&& element) { read.push_back(std::move(element)); });
  ArrayQuery all_at_once;
  all_at_once.read_values = true;
  Result<ModelsArray> expected = tree->FindModelsArray(all_at_once);
  ASSERT_TRUE(expected.ok());
  ASSERT_EQ(read.size(), 3u);
  for (size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(read[i].node.begin, expected->elements[i].node.begin);
    EXPECT_EQ(read[i].value.has_value(), expected->elements[i].value.has_value());
    EXPECT_EQ(read[i].read_error, expected->elements[i].read_error);
  }
  EXPECT_EQ(read[0].value->properties.at(1).value.items.at(1).number, -2);
  EXPECT_EQ(read[1].read_error_offset, text.find("someName"));
  EXPECT_EQ(read[2].value->text, "s");
}

TEST(SyntaxTreeTest, ArrayOptionIgnoresExportDefault) {
  ArrayQuery query;
  query.variable = "drafts";
  query.variable_given = true;
  Result<ModelsArray> array =
      Find("const drafts = [{ id: \"d\" }]\nexport default [{ id: \"x\" }]\n", query);
  ASSERT_TRUE(array.ok());
  EXPECT_EQ(array->holder, "const drafts");
}

TEST(SyntaxTreeTest, LeadingCommentsBelongToTheNextElementOnly) {
  std::string text =
      "const models = [\n"
      "  { id: \"a\" }, // trailing note of a\n"
      "  // section header\n"
      "\n"
      "  // about b\n"
      "  /* more about b */\n"
      "  { id: \"b\" },\n"
      "]\n";
  Result<ModelsArray> array = Find(text);
  ASSERT_TRUE(array.ok());
  ASSERT_EQ(array->elements.size(), 2u);
  EXPECT_TRUE(array->elements[0].leading_comments.empty());
  const ArrayElement& b = array->elements[1];
  ASSERT_EQ(b.leading_comments.size(), 2u);
  EXPECT_EQ(Slice(text, b.extent_begin, b.node.end),
            "// about b\n  /* more about b */\n  { id: \"b\" }");
  ASSERT_TRUE(array->elements[0].comma_end.has_value());
  EXPECT_EQ(text[*array->elements[0].comma_end - 1], ',');
}

TEST(SyntaxTreeTest, IdsAreDecodedAndNonObjectsHaveNone) {
  Result<ModelsArray> array =
      Find("const models = [{ \"id\": 'it\\'s' }, other, { id: 3 }, ...rest]");
  ASSERT_TRUE(array.ok());
  ASSERT_EQ(array->elements.size(), 4u);
  EXPECT_EQ(array->elements[0].id, "it's");
  EXPECT_EQ(array->elements[1].node_type, "identifier");
  EXPECT_FALSE(array->elements[1].id.has_value());
  EXPECT_FALSE(array->elements[2].id.has_value());
  EXPECT_EQ(array->elements[3].node_type, "spread_element");
}

TEST(SyntaxTreeTest, ReadsLiteralsBackWithOffsets) {
  ArrayQuery query;
  query.read_values = true;
  std::string text = "const models = [{ id: \"a\", n: -2, ok: true, xs: [1, \"two\"] }]";
  Result<ModelsArray> array = Find(text, query);
  ASSERT_TRUE(array.ok());
  const LiteralValue& value = *array->elements[0].value;
  ASSERT_EQ(value.properties.size(), 4u);
  EXPECT_EQ(value.properties[1].value.number, -2);
  EXPECT_TRUE(value.properties[2].value.boolean);
  EXPECT_EQ(value.properties[3].value.items[1].text, "two");
  EXPECT_EQ(text.substr(value.properties[3].key_begin, 2), "xs");
}

TEST(SyntaxTreeTest, SyntaxErrorPointsAtTheFirstErrorNode) {
  std::string text = "const models = [\n  { id: \"a\" \n  { id: \"b\" },\n]\n";
  Result<SyntaxTree> tree = SyntaxTree::Parse("m.ts", text);
  ASSERT_TRUE(tree.ok());
  Status syntax = tree->CheckSyntax();
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().kind, ErrorKind::kSyntax);
  EXPECT_EQ(syntax.error().where->path, "m.ts");
  EXPECT_LE(syntax.error().where->line, 3u);
}

TEST(SyntaxTreeTest, NoArrayAndTwoArraysAreErrors) {
  EXPECT_EQ(Render(Find("const other = []\n").error()),
            "m.ts:1:1: error: no models array found: expected a top-level 'const models = "
            "[...]' or 'export default [...]'\n"
            " 1 | const other = []\n"
            "   | ^\n"
            "help: name the array's variable with --array NAME\n");
  EXPECT_EQ(Render(Find("const models = []\nexport default []\n").error()),
            "m.ts:2:16: error: more than one models array: 'export default' here and 'const "
            "models' at line 1\n"
            " 2 | export default []\n"
            "   |                ^\n"
            "help: pick one with --array NAME\n");
}

TEST(SyntaxTreeTest, IncrementalReparseMatchesTheNewText) {
  std::string before = "const models = [\n  { id: \"a\" },\n]\n";
  std::string after = "const models = [\n  { id: \"a\" },\n  { id: \"b\" },\n]\n";
  Result<SyntaxTree> tree = SyntaxTree::Parse("m.ts", before);
  ASSERT_TRUE(tree.ok());
  size_t at = before.find("},") + 2;
  Result<SyntaxTree> again =
      tree->Reparse(after, {{at, at, at + std::string("\n  { id: \"b\" },").size()}});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->CheckSyntax().ok());
  Result<ModelsArray> array = again->FindModelsArray({});
  ASSERT_TRUE(array.ok());
  ASSERT_EQ(array->elements.size(), 2u);
  EXPECT_EQ(array->elements[1].id, "b");
}

}  // namespace
}  // namespace fib
