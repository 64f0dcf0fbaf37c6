#include "patch/same_entry.h"

#include <gtest/gtest.h>

#include "patch/models_file.h"

namespace fib {
namespace {

constexpr const char* kMarker = "// fib-modelgen: generated from c.json (tp=1, ep=1, ps=1)";

Model Sample() {
  Model model;
  model.id = "m";
  model.name = "M";
  Module root;
  root.key = "Root";
  root.count = 1;
  root.type = "block";
  root.definitions = std::vector<std::string>{"rmsnorm_h4096"};
  model.modules = {root};
  return model;
}

// Whether the only element of `element_text` (in a models array) equals Sample() with `marker`.
bool Same(const std::string& element_text, const std::vector<std::string>& marker = {kMarker},
          bool read_values = false) {
  std::string text = "const models = [\n" + element_text + "\n]\n";
  ArrayQuery query;
  query.read_values = read_values;
  Result<ModelsFile> file = ModelsFile::FromBytes("m.ts", text, true, query);
  EXPECT_TRUE(file.ok()) << (file ? "" : Render(file.error()));
  if (!file) return false;
  return SameEntry(file->body(), file->array().elements.front(), Sample(), marker);
}

const std::string kPrinted =
    "  // fib-modelgen: generated from c.json (tp=1, ep=1, ps=1)\n"
    "  {\n    id: \"m\",\n    name: \"M\",\n    modules: {\n"
    "      Root: { count: 1, type: \"block\", definitions: [\"rmsnorm_h4096\"] },\n    },\n  }";

TEST(SameEntryTest, FormattingDoesNotCount) {
  EXPECT_TRUE(Same(kPrinted));
  EXPECT_TRUE(Same(kPrinted, {kMarker}, true));  // values read up front
  EXPECT_TRUE(
      Same("\t//   fib-modelgen: generated from c.json   (tp=1, ep=1, ps=1)\n"
           "\t{'id': 'm', name: \"M\", \"modules\": {\"Root\": {count: 1, type: 'block', "
           "definitions: ['rmsnorm_h4096',],}}}"));
  EXPECT_TRUE(Same("  /* fib-modelgen: generated from c.json (tp=1, ep=1, ps=1) */\n" +
                   kPrinted.substr(kPrinted.find('{') - 2)));
  EXPECT_TRUE(Same("  // a note of the maintainers', kept by every rewrite\n" + kPrinted));
}

TEST(SameEntryTest, ValuesCount) {
  auto with = [](const std::string& from, const std::string& to) {
    std::string text = kPrinted;
    return text.replace(text.find(from), from.size(), to);
  };
  EXPECT_FALSE(Same(with("name: \"M\"", "name: \"N\"")));
  EXPECT_FALSE(Same(with("count: 1", "count: 2")));
  EXPECT_FALSE(Same(with("type: \"block\"", "type: \"layer\"")));
  EXPECT_FALSE(Same(with(", definitions: [\"rmsnorm_h4096\"]", "")));
  EXPECT_FALSE(Same(with("[\"rmsnorm_h4096\"]", "[]")));
  EXPECT_FALSE(Same(with("name: \"M\",", "name: \"M\", description: \"d\",")));
  EXPECT_FALSE(Same(with("count: 1,", "count: 1, parent: \"Root\",")));
  EXPECT_FALSE(Same(with("name: \"M\",", "name: \"M\", extra: 1,")));  // a rewrite drops it
}

// The marker records where the entry came from: another source is a change, another spelling
// of the same words is not; a missing or repeated marker is a change too.
TEST(SameEntryTest, TheMarkersWordsCount) {
  EXPECT_FALSE(Same(kPrinted, {"// fib-modelgen: generated from d.json (tp=1, ep=1, ps=1)"}));
  EXPECT_FALSE(Same(kPrinted, {"// fib-modelgen: generated from c.json (tp=8, ep=1, ps=1)"}));
  EXPECT_FALSE(Same(kPrinted, {}));
  EXPECT_FALSE(Same(kPrinted.substr(kPrinted.find('{') - 2)));
  EXPECT_FALSE(Same(std::string("  ") + kMarker + "\n" + kPrinted));
}

TEST(SameModelTest, OffsetsDoNotCount) {
  Model a = Sample(), b = Sample();
  b.offset = 7;
  b.modules[0].count_offset = 9;
  EXPECT_TRUE(SameModel(a, b));
  b.modules[0].key = "root";
  EXPECT_FALSE(SameModel(a, b));
}

TEST(CommentWordsTest, WithoutDelimitersAndExtraSpace) {
  EXPECT_EQ(CommentWords("//  a   b\t c  "), "a b c");
  EXPECT_EQ(CommentWords("/*\n a\n b */"), "a b");
  EXPECT_EQ(CommentWords("// "), "");
}

}  // namespace
}  // namespace fib
