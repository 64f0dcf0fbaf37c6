// LoadManifest on manifests held in memory (the FileReader seam).
#include <gtest/gtest.h>

#include "config/manifest.h"

namespace fib {
namespace {

TEST(ManifestLoadingTest, PathsAreResolvedAgainstTheManifestsFolder) {
  MemoryFileReader files(std::map<std::string, std::string>{{"/repo/web/models.manifest.json", R"({
    "output": "models.ts", "definitions": "../trace",
    "models": [
      {"id": "a", "config": "configs/a.json", "tp": [2, 1], "page_sizes": [64, 1]},
      {"id": "b", "config": "/abs/b.json", "sglang_impl": "b-sglang.json", "tp": "auto",
       "name": "B", "sampling": true}]})"}});
  Result<Manifest> manifest =
      LoadManifest("/repo/web/models.manifest.json", ManifestPaths::kAnywhere, files);
  ASSERT_TRUE(manifest.ok()) << Render(manifest.error());
  EXPECT_EQ(manifest->output, "/repo/web/models.ts");
  EXPECT_EQ(manifest->definitions, "/repo/trace");
  ASSERT_EQ(manifest->models.size(), 2u);
  const ManifestModel& a = manifest->models[0];
  EXPECT_EQ(a.config, "/repo/web/configs/a.json");
  EXPECT_EQ(a.config_as_written, "configs/a.json");
  EXPECT_EQ(a.tp, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(a.page_sizes, (std::vector<int64_t>{1, 64}));
  const ManifestModel& b = manifest->models[1];
  EXPECT_EQ(b.config, "/abs/b.json");
  EXPECT_EQ(b.sglang_impl, "/repo/web/b-sglang.json");
  EXPECT_TRUE(b.auto_parallel);
  EXPECT_EQ(b.name, "B");
  EXPECT_TRUE(b.sampling);
}

TEST(ManifestLoadingTest, EveryProblemIsReportedAtOnce) {
  std::string text =
      "{\"output\": \"m.ts\", \"models\": [\n"
      "  {\"id\": \"a\", \"config\": \"a.json\", \"tps\": 2},\n"
      "  {\"id\": \"a\", \"config\": \"b.json\"}\n"
      "]}\n";
  MemoryFileReader files(std::map<std::string, std::string>{{"/m/manifest.json", text}});
  Result<Manifest> manifest = LoadManifest("/m/manifest.json", ManifestPaths::kAnywhere, files);
  ASSERT_FALSE(manifest.ok());
  EXPECT_EQ(manifest.error().kind, ErrorKind::kInput);
  EXPECT_EQ(manifest.error().where->line, 2u);
  EXPECT_NE(manifest.error().message.find("unknown key 'tps'"), std::string::npos)
      << manifest.error().message;
  EXPECT_NE(manifest.error().message.find("did you mean 'tp'?"), std::string::npos);
  ASSERT_EQ(manifest.error().notes.size(), 1u);
  EXPECT_NE(manifest.error().notes[0].find("duplicate id 'a'"), std::string::npos)
      << manifest.error().notes[0];
}

TEST(ManifestLoadingTest, AMissingManifestIsAnIoError) {
  MemoryFileReader files({});
  Result<Manifest> manifest = LoadManifest("/m/manifest.json", ManifestPaths::kAnywhere, files);
  ASSERT_FALSE(manifest.ok());
  EXPECT_EQ(manifest.error().kind, ErrorKind::kIo);
}

}  // namespace
}  // namespace fib
