// The tool inside a FlashInfer-Bench-shaped checkout: run from any folder, the default
// models.ts is the repository's, the dataset is found where the web app keeps it, and the
// marker never records a machine path.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

// A sample repository: .git, web/apps/web/data/models.ts, a config under models/.
class RepoLayoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(repo_.File(".git"));
    fs::create_directories(repo_.File("web/apps/web/data"));
    fs::create_directories(repo_.File("models"));
    fs::copy_file(testing::SourceDir() / "fixtures/models.ts",
                  repo_.File("web/apps/web/data/models.ts"));
    fs::copy_file(testing::SourceDir() / "fixtures/configs/qwen3-8b.json",
                  repo_.File("models/qwen3-8b.json"));
  }

  // Runs the binary with `cwd` as its working directory.
  testing::RunOutput RunIn(const std::string& cwd, std::vector<std::string> args) {
    fs::path previous = fs::current_path();
    fs::current_path(cwd);
    testing::RunOutput run = testing::RunBinary(args);
    fs::current_path(previous);
    return run;
  }

  testing::TempDir repo_;
};

TEST_F(RepoLayoutTest, GenerateFromASubfolderWritesTheRepositorysModelsFile) {
  testing::RunOutput run = RunIn(
      repo_.File("web/apps"),
      {"generate", "--config", repo_.File("models/qwen3-8b.json"), "--model-name", "qwen3-8b"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string models = testing::ReadText(repo_.File("web/apps/web/data/models.ts"));
  EXPECT_NE(models.find("// fib-modelgen: generated from models/qwen3-8b.json (tp=1, ep=1, ps=1)"),
            std::string::npos);
  EXPECT_EQ(models.find(repo_.path().string()), std::string::npos) << "an absolute path leaked";
  EXPECT_FALSE(fs::exists(repo_.File("web/apps/web/apps/web/data/models.ts")));
}

TEST_F(RepoLayoutTest, AHuggingFaceCacheConfigIsNamedByRepositoryAndRevision) {
  testing::TempDir home;
  std::string snapshot =
      home.File(".cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/abc123");
  fs::create_directories(snapshot);
  fs::copy_file(repo_.File("models/qwen3-8b.json"), snapshot + "/config.json");
  testing::RunOutput run =
      RunIn(repo_.File("models"),
            {"generate", "--config", snapshot + "/config.json", "--model-name", "qwen3-8b"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string models = testing::ReadText(repo_.File("web/apps/web/data/models.ts"));
  EXPECT_NE(models.find("generated from Qwen/Qwen3-8B@abc123 (tp=1"), std::string::npos);
  EXPECT_EQ(models.find(home.path().string()), std::string::npos) << "an absolute path leaked";
}

TEST_F(RepoLayoutTest, TheDatasetUnderTmpIsFoundAndNamed) {
  fs::create_directories(repo_.File("tmp/flashinfer-trace/definitions/rmsnorm"));
  testing::WriteText(repo_.File("tmp/flashinfer-trace/definitions/rmsnorm/rmsnorm_h4096.json"),
                     R"({"name": "rmsnorm_h4096", "op_type": "rmsnorm"})");
  testing::RunOutput run =
      RunIn(repo_.File("web"), {"generate", "--config", repo_.File("models/qwen3-8b.json"),
                                "--model-name", "qwen3-8b", "--stdout"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("using the dataset at " + repo_.File("tmp/flashinfer-trace") +
                         " (from tmp/flashinfer-trace)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("1 of "), std::string::npos) << run.err;
}

TEST_F(RepoLayoutTest, RefreshFindsTheManifestFromAnyFolder) {
  testing::WriteText(repo_.File("web/apps/web/data/models.manifest.json"),
                     R"({"output": "models.ts", "models": [
                          {"id": "qwen3-8b", "config": "../../../../models/qwen3-8b.json"}]})");
  testing::RunOutput run = RunIn(repo_.File("models"), {"refresh"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("added: qwen3-8b"), std::string::npos) << run.out;
  std::string models = testing::ReadText(repo_.File("web/apps/web/data/models.ts"));
  // A path that climbs out of the manifest's folder is named from the repository root.
  EXPECT_NE(models.find("generated from models/qwen3-8b.json (tp=1"), std::string::npos);
}

// [tool.fib-modelgen] in the root's pyproject.toml sets the defaults; flags still win.
TEST_F(RepoLayoutTest, PyprojectDefaultsFromAnyFolder) {
  testing::WriteText(repo_.File("pyproject.toml"),
                     "[tool.ruff]\nline-length = 100\n\n[tool.fib-modelgen]\n"
                     "file = \"models/all.ts\"\nprettier-config = \"models/style.yaml\"\n"
                     "manifest = \"manifest.json\"\n");
  testing::WriteText(repo_.File("models/style.yaml"), "semi: false\nuseTabs: true\n");
  testing::RunOutput run = RunIn(
      repo_.File("web/apps"),
      {"generate", "--config", repo_.File("models/qwen3-8b.json"), "--model-name", "qwen3-8b"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string models = testing::ReadText(repo_.File("models/all.ts"));
  EXPECT_EQ(models.rfind("import type { Model } from \"@/lib/schemas\"\n", 0), 0u) << models;
  EXPECT_NE(models.find("\n\t{\n\t\tid: \"qwen3-8b\",\n"), std::string::npos) << models;

  testing::WriteText(repo_.File("manifest.json"), R"({"output": "models/all.ts", "models": [
                          {"id": "qwen3-8b", "config": "models/qwen3-8b.json"}]})");
  testing::RunOutput refresh = RunIn(repo_.File("web"), {"refresh", "--check"});
  EXPECT_EQ(refresh.exit_code, 0) << refresh.out << refresh.err;
  EXPECT_NE(refresh.out.find("unchanged: qwen3-8b"), std::string::npos) << refresh.out;

  testing::RunOutput flag =
      RunIn(repo_.File("models"), {"generate", "--config", "qwen3-8b.json", "--model-name", "q",
                                   "--output", repo_.File("other.ts")});
  ASSERT_EQ(flag.exit_code, 0) << flag.err;
  EXPECT_TRUE(fs::exists(repo_.File("other.ts")));
}

// Every command that takes the models.ts finds the repository's when none is named.
TEST_F(RepoLayoutTest, EveryCommandDefaultsToTheRepositorysModelsFile) {
  std::string web = repo_.File("web/apps");
  std::string models = repo_.File("web/apps/web/data/models.ts");
  std::string before = testing::ReadText(models);
  testing::RunOutput list = RunIn(web, {"list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out.rfind("qwen2.5-7b\t5\n", 0), 0u) << list.out;
  testing::RunOutput check = RunIn(web, {"check"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.out, "checked 2 models in 1 file: no problems\n");
  testing::RunOutput tree = RunIn(web, {"tree", "--id", "qwen2.5-7b", "--format", "json"});
  EXPECT_EQ(tree.exit_code, 0) << tree.err;
  testing::RunOutput coverage = RunIn(
      web, {"coverage", "--definitions", (testing::SourceDir() / "tests/data/trace").string()});
  EXPECT_EQ(coverage.exit_code, 0) << coverage.err;
  EXPECT_NE(coverage.out.find("qwen2.5-7b"), std::string::npos) << coverage.out;

  std::string entry = (testing::SourceDir() / "fixtures/entries/llama-3.2-3b.json").string();
  testing::RunOutput upsert = RunIn(web, {"upsert", "--model", entry});
  ASSERT_EQ(upsert.exit_code, 0) << upsert.err;
  EXPECT_EQ(upsert.out, "added: \"llama-3.2-3b\" to " + models + "\n");
  testing::WriteText(repo_.File("old.ts"), before);
  testing::RunOutput diff = RunIn(web, {"diff", repo_.File("old.ts")});
  EXPECT_EQ(diff.exit_code, 1) << diff.err;
  EXPECT_EQ(diff.out.rfind("+ llama-3.2-3b", 0), 0u) << diff.out;
  testing::RunOutput remove = RunIn(web, {"remove", "--id", "llama-3.2-3b"});
  ASSERT_EQ(remove.exit_code, 0) << remove.err;
  EXPECT_EQ(testing::ReadText(models), before);
}

// [tool.fib-modelgen]'s file and array are every command's defaults too.
TEST_F(RepoLayoutTest, PyprojectsFileIsEveryCommandsDefault) {
  testing::WriteText(repo_.File("pyproject.toml"),
                     "[tool.fib-modelgen]\nfile = \"models/drafts.ts\"\narray = \"drafts\"\n");
  testing::WriteText(repo_.File("models/drafts.ts"),
                     "const models = [];\nconst drafts = [\n  { id: \"d\", name: \"D\", modules: "
                     "{ R: { count: 1, type: \"block\" } } },\n];\n");
  testing::RunOutput list = RunIn(repo_.File("models"), {"list"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "d\t3\n");
  testing::RunOutput check = RunIn(repo_.File("web"), {"check"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  testing::RunOutput remove = RunIn(repo_.File("web"), {"remove", "--id", "d"});
  EXPECT_EQ(remove.exit_code, 0) << remove.err;
  EXPECT_EQ(remove.out, "removed: \"d\" from " + repo_.File("models/drafts.ts") + "\n");
}

// GitHub annotations name the file from the repository root, wherever check runs.
TEST_F(RepoLayoutTest, CheckAnnotationsNameTheFileFromTheRoot) {
  std::string models = repo_.File("web/apps/web/data/models.ts");
  std::string text = testing::ReadText(models);
  text.replace(text.find("count: 28"), 9, "count: -1");
  testing::WriteText(models, text);
  testing::RunOutput run =
      RunIn(repo_.File("web/apps/web"), {"check", "data/models.ts", "--output-format", "github"});
  EXPECT_EQ(run.exit_code, 6);
  EXPECT_EQ(run.out,
            "::error file=web/apps/web/data/models.ts,line=28,col=16,title=fib-modelgen "
            "check::module 'layers': count must be a positive integer, got -1\n");
  EXPECT_EQ(run.err, "fib-modelgen: 1 problem in 1 file\n");
}

TEST_F(RepoLayoutTest, AMistypedPyprojectKeyIsAnError) {
  testing::WriteText(repo_.File("pyproject.toml"),
                     "[tool.fib-modelgen]\nprettier_config = \"x\"\n");
  testing::RunOutput run = RunIn(repo_.File("web"), {"refresh"});
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err, repo_.File("pyproject.toml") +
                         ":2:1: error: unknown key 'prettier_config' in [tool.fib-modelgen] (did "
                         "you mean 'prettier-config'?)\n"
                         " 2 | prettier_config = \"x\"\n"
                         "   | ^\n"
                         "help: see \"Inside the FlashInfer-Bench repository\" in the README\n");
}

}  // namespace
}  // namespace fib
