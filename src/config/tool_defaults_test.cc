#include "config/tool_defaults.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Result<ToolDefaults> Load(const std::string& pyproject) {
  MemoryFileReader reader({{"/r/pyproject.toml", pyproject}});
  return LoadToolDefaults("/r", reader);
}

TEST(LoadToolDefaultsTest, ReadsTheTableBesideOtherTools) {
  Result<ToolDefaults> defaults = Load(
      "[tool.ruff]\nline-length = 100\n\n[tool.fib-modelgen]\nfile = "
      "\"web/apps/web/data/models.ts\"\n"
      "manifest = \"web/apps/web/data/models.manifest.json\"\ndefinitions = \"../trace\"\n"
      "array = \"allModels\"\nprettier-config = \"web/prettier.json\"\n");
  ASSERT_TRUE(defaults.ok()) << Render(defaults.error());
  EXPECT_EQ(defaults->file, "/r/web/apps/web/data/models.ts");
  EXPECT_EQ(defaults->manifest, "/r/web/apps/web/data/models.manifest.json");
  EXPECT_EQ(defaults->definitions, "/trace");
  EXPECT_EQ(defaults->array, "allModels");
  EXPECT_EQ(defaults->prettier_config, "/r/web/prettier.json");
}

TEST(LoadToolDefaultsTest, NothingWithoutTheFileOrTheTable) {
  MemoryFileReader nothing({});
  Result<ToolDefaults> none = LoadToolDefaults("/r", nothing);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->file, "");
  Result<ToolDefaults> other = Load("[tool.black]\nline-length = 100\n");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->manifest, "");
}

TEST(LoadToolDefaultsTest, UnknownKeysAndWrongValuesAreLocatedErrors) {
  Result<ToolDefaults> typo = Load("[tool.fib-modelgen]\nmanifst = \"m.json\"\n");
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(Render(typo.error()),
            "/r/pyproject.toml:2:1: error: unknown key 'manifst' in [tool.fib-modelgen] (did you "
            "mean 'manifest'?)\n"
            " 2 | manifst = \"m.json\"\n"
            "   | ^\n"
            "help: see \"Inside the FlashInfer-Bench repository\" in the README\n");
  Result<ToolDefaults> number = Load("[tool.fib-modelgen]\narray = 3\n");
  ASSERT_FALSE(number.ok());
  EXPECT_EQ(number.error().message, "'array' in [tool.fib-modelgen] must be a non-empty string");
  EXPECT_EQ(number.error().where->column, 9u);
  Result<ToolDefaults> broken = Load("[tool.fib-modelgen\n");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().message.rfind("invalid TOML: ", 0), 0u);
}

}  // namespace
}  // namespace fib
