#include "patch/model_reader.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(ReadModelsTest, EveryProblemIsLocatedAndInFileOrder) {
  std::string text =
      "export default [\n"
      "  { id: \"a\", name: \"A\", modules: { R: { count: 1, type: \"block\" } } },\n"
      "  { id: \"b\", modules: { R: { count: 0, type: \"block\" } } },\n"
      "  { id: \"a\", name: \"A2\", modules: { R: { count: 1, type: \"block\" } } },\n"
      "];\n";
  Result<ModelReading> reading = ReadModelsFromBytes("m.ts", text, ArrayQuery{});
  ASSERT_TRUE(reading.ok()) << Render(reading.error());
  std::vector<std::string> seen;
  for (const Diagnostic& problem : reading->diagnostics) {
    seen.push_back(std::to_string(problem.where->line) + ": " + problem.message);
  }
  EXPECT_EQ(seen,
            (std::vector<std::string>{"3: model is missing 'name'",
                                      "3: module 'R': count must be a positive integer, got 0",
                                      "4: duplicate id \"a\" (first at line 2)"}));
  ASSERT_EQ(reading->models.size(), 3u);
  EXPECT_EQ(reading->models[2].name, "A2");
}

TEST(ReadModelsTest, ATextThatDoesNotParseIsAnError) {
  Result<ModelReading> reading = ReadModelsFromBytes("m.ts", "export default [", ArrayQuery{});
  ASSERT_FALSE(reading.ok());
  EXPECT_EQ(reading.error().kind, ErrorKind::kSyntax);
}

TEST(ModelLinesTest, WhereEachModelStarts) {
  std::string text =
      "export default [\n"
      "  // about a\n"
      "  { id: \"a\" },\n"
      "  {\n"
      "    id: \"b\",\n"
      "  },\n"
      "  { id: `${x}` },\n"
      "];\n";
  EXPECT_EQ(ModelLines("m.ts", text, ArrayQuery{}),
            (std::map<std::string, size_t>{{"a", 3}, {"b", 4}}));
  EXPECT_TRUE(ModelLines("m.ts", "export default [", ArrayQuery{}).empty());
}

}  // namespace
}  // namespace fib
