// The op-type prefixes (naming/op_type.h) against the folders of the real Definition dataset
// in ../shared (skipped when absent): every name's prefix names the folder it lives in.
#include <gtest/gtest.h>

#include "config/definition_dataset.h"
#include "naming/op_type.h"
#include "test_support.h"

namespace fib {
namespace {

TEST(OpTypeDatasetTest, EveryNamePrefixNamesItsFolder) {
  std::optional<std::filesystem::path> shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: the op-type check needs the dataset";
  Result<DefinitionDataset> dataset =
      LoadDefinitionDataset((*shared / "fixtures/flashinfer-trace").string());
  ASSERT_TRUE(dataset.ok());
  ASSERT_EQ(dataset->op_types.size(), dataset->names.size());
  std::set<std::string> folders;
  for (const auto& [name, folder] : dataset->op_types) {
    EXPECT_EQ(OpTypeOfName(name), folder) << name;
    folders.insert(folder);
  }
  std::vector<std::string> known = KnownOpTypes();
  EXPECT_EQ(folders, std::set<std::string>(known.begin(), known.end()));
}

}  // namespace
}  // namespace fib
