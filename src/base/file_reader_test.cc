#include "base/file_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace fib {
namespace {

TEST(MemoryFileReaderTest, FilesAndTheirFolders) {
  MemoryFileReader reader({{"/repo/web/package.json", "{}"}, {"/repo/.git/", ""}});
  EXPECT_TRUE(reader.Exists("/repo/web/package.json"));
  EXPECT_FALSE(reader.IsDirectory("/repo/web/package.json"));
  EXPECT_TRUE(reader.IsDirectory("/repo/web"));
  EXPECT_TRUE(reader.IsDirectory("/repo/.git"));
  EXPECT_TRUE(reader.IsDirectory("/"));
  EXPECT_FALSE(reader.Exists("/repo/we"));
  EXPECT_EQ(*reader.Read("/repo/web/package.json"), "{}");
  EXPECT_EQ(reader.Read("/repo/web").error().message, "cannot read '/repo/web': it is a directory");
  EXPECT_EQ(reader.Read("/x").error().message, "cannot read '/x': no such file");
}

TEST(MemoryFileReaderTest, ListsAFoldersEntriesOnce) {
  MemoryFileReader reader(
      {{"/d/a/x.json", ""}, {"/d/a/y.json", ""}, {"/d/b.json", ""}, {"/d/c/", ""}, {"/dd/z", ""}});
  EXPECT_EQ(reader.List("/d"), (std::vector<std::string>{"a", "b.json", "c"}));
  EXPECT_EQ(reader.List("/d/a/"), (std::vector<std::string>{"x.json", "y.json"}));
  EXPECT_TRUE(reader.List("/d/b.json").empty());
  EXPECT_TRUE(reader.List("/nowhere").empty());
}

TEST(DiskFileReaderTest, ListsSorted) {
  std::vector<std::string> names = DiskFiles().List(FIB_SOURCE_DIR "/src/base");
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_NE(std::find(names.begin(), names.end(), "file_reader.h"), names.end());
}

}  // namespace
}  // namespace fib
