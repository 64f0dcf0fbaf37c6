#include "config/manifest.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(ManifestTest, EveryPathIsRecordedWithWhereItsValueStands) {
  std::string text = R"({"output": "models.ts", "definitions": "../trace",
 "models": [{"id": "a", "config": "c/a.json", "sglang_impl": "c/s.json"}]})";
  Result<Manifest> manifest = ManifestFromText("/repo/web/m.json", text);
  ASSERT_TRUE(manifest.ok()) << Render(manifest.error());
  ASSERT_EQ(manifest->paths.size(), 4u);
  EXPECT_EQ(manifest->paths[0].key, "output");
  EXPECT_EQ(manifest->paths[0].resolved, "/repo/web/models.ts");
  EXPECT_EQ(manifest->paths[1].resolved, "/repo/trace");
  EXPECT_EQ(manifest->paths[2].key, "config");
  EXPECT_EQ(manifest->paths[2].written, "c/a.json");
  EXPECT_EQ(text.substr(manifest->paths[2].offset, 10), "\"c/a.json\"");
  EXPECT_EQ(text.substr(manifest->paths[3].offset, 10), "\"c/s.json\"");
  EXPECT_EQ(manifest->models[0].sglang_impl, "/repo/web/c/s.json");
}

TEST(ManifestTest, PathsAndNamesOfTheWrongTypeAreErrors) {
  Result<Manifest> manifest =
      ManifestFromText("m.json", R"({"output": "models.ts", "definitions": 5, "models": [
  {"id": "a", "config": "a.json", "sglang_impl": ["s.json"], "name": null}]})");
  ASSERT_FALSE(manifest.ok());
  EXPECT_EQ(manifest.error().message,
            "'definitions' must be a string (a flashinfer-trace checkout)");
  ASSERT_EQ(manifest.error().notes.size(), 2u);
  EXPECT_EQ(manifest.error().notes[0], "'sglang_impl' must be a string (line 2)");
  EXPECT_EQ(manifest.error().notes[1], "'name' must be a string (line 2)");
}

}  // namespace
}  // namespace fib
