#include "config/dataset_location.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "test_support.h"

namespace fib {
namespace {

std::function<const char*(const char*)> Env(std::map<std::string, std::string> values) {
  return [values = std::move(values)](const char* name) -> const char* {
    auto it = values.find(name);
    return it == values.end() ? nullptr : it->second.c_str();
  };
}

TEST(LocateDatasetTest, VariablesFirstThenTheRepositorysTmpFolder) {
  testing::TempDir temp;
  std::filesystem::create_directories(temp.File("tmp/flashinfer-trace"));
  std::optional<std::string> root = temp.File("");
  EXPECT_EQ(
      LocateDataset(root, "", Env({{"FLASHINFER_TRACE_PATH", "/a"}, {"FIB_DATASET_PATH", "/b"}}))
          ->source,
      "FLASHINFER_TRACE_PATH");
  EXPECT_EQ(
      LocateDataset(root, "", Env({{"FLASHINFER_TRACE_PATH", ""}, {"FIB_DATASET_PATH", "/b"}}))
          ->path,
      "/b");
  EXPECT_EQ(LocateDataset(root, "", Env({}))->source, "tmp/flashinfer-trace");
  EXPECT_FALSE(LocateDataset(std::nullopt, "", Env({})).has_value());
  EXPECT_FALSE(LocateDataset(temp.File("elsewhere"), "", Env({})).has_value());
}

// pyproject.toml's `definitions` comes after a machine's variables, before the tmp folder.
TEST(LocateDatasetTest, TheConfiguredPathBetweenVariablesAndTheTmpFolder) {
  testing::TempDir temp;
  std::filesystem::create_directories(temp.File("tmp/flashinfer-trace"));
  std::optional<std::string> root = temp.File("");
  std::optional<DatasetLocation> configured = LocateDataset(root, "/repo/data", Env({}));
  EXPECT_EQ(configured->path, "/repo/data");
  EXPECT_EQ(configured->source, "[tool.fib-modelgen] in pyproject.toml");
  EXPECT_EQ(LocateDataset(root, "/repo/data", Env({{"FIB_DATASET_PATH", "/b"}}))->path, "/b");
}

TEST(LocateDatasetTest, TheTmpFolderIsLookedForThroughTheFileReader) {
  MemoryFileReader files({{"/repo/tmp/flashinfer-trace/definitions/", ""}, {"/other/x", ""}});
  std::optional<DatasetLocation> found = LocateDataset("/repo", "", Env({}), files);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->path, "/repo/tmp/flashinfer-trace");
  EXPECT_FALSE(LocateDataset("/other", "", Env({}), files).has_value());
}

}  // namespace
}  // namespace fib
