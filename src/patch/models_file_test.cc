#include "patch/models_file.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(ModelsFileLoadTest, ReadsThroughTheFileReader) {
  MemoryFileReader files(std::map<std::string, std::string>{{"/m/models.ts",
                                                             "\xEF\xBB\xBF"
                                                             "export default [{ id: \"a\" }];\n"}});
  Result<ModelsFile> file = ModelsFile::Load("/m/models.ts", ArrayQuery{}, false, {}, files);
  ASSERT_TRUE(file.ok()) << Render(file.error());
  EXPECT_TRUE(file->source().existed);
  EXPECT_TRUE(file->source().HasBom());
  EXPECT_EQ(file->body(), "export default [{ id: \"a\" }];\n");
  EXPECT_EQ(ElementIds(file->array()), std::vector<std::string>{"a"});
}

TEST(ModelsFileLoadTest, AMissingFileStartsInTheUpstreamShapeOnlyWhenAsked) {
  MemoryFileReader none({});
  PrintStyle style;
  style.semi = false;
  Result<ModelsFile> created = ModelsFile::Load("/m/models.ts", ArrayQuery{}, true, style, none);
  ASSERT_TRUE(created.ok());
  EXPECT_FALSE(created->source().existed);
  EXPECT_EQ(created->source().bytes, NewModelsFileText(style));
  EXPECT_TRUE(created->array().elements.empty());
  Result<ModelsFile> missing = ModelsFile::Load("/m/models.ts", ArrayQuery{}, false, style, none);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kIo);
}

TEST(ModelsFileLoadTest, RefusesWhatItCannotEditSafely) {
  MemoryFileReader files({{"/m/cr.ts", "const models = [];\rexport default models;\r"},
                          {"/m/syntax.ts", "const models = [{ id: \"a\" ];\n"},
                          {"/m/none.ts", "const x = 1;\n"}});
  for (const std::string path : {"/m/cr.ts", "/m/syntax.ts", "/m/none.ts"}) {
    Result<ModelsFile> file = ModelsFile::Load(path, ArrayQuery{}, false, {}, files);
    ASSERT_FALSE(file.ok()) << path;
    EXPECT_EQ(file.error().kind, ErrorKind::kSyntax) << path;
    EXPECT_TRUE(file.error().where.has_value()) << Render(file.error());
  }
}

}  // namespace
}  // namespace fib
