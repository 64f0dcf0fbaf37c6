#include "base/file_reader.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace fib
