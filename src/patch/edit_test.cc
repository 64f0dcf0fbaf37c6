#include "patch/edit.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(ApplyEditsTest, CopiesUntouchedBytesAndAppliesInOffsetOrder) {
  Result<std::string> out = ApplyEdits("abcdef", {{4, 5, "X"}, {0, 1, ""}, {2, 2, "+"}});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "b+cdXf");
}

TEST(ApplyEditsTest, InsertsAtOnePointKeepTheirOrder) {
  Result<std::string> out = ApplyEdits("ab", {{1, 1, "1"}, {1, 1, "2"}});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "a12b");
}

TEST(ApplyEditsTest, RefusesOverlappingEdits) {
  Result<std::string> out = ApplyEdits("abcdef", {{0, 3, "x"}, {2, 4, "y"}});
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().kind, ErrorKind::kVerify);
  EXPECT_EQ(Render(out.error()),
            "fib-modelgen: error: internal error: edits overlap or fall outside the file (at "
            "byte 2); nothing was written\n"
            "help: this is a bug in fib-modelgen; please report it with the input files\n");
}

TEST(ApplyEditsTest, RefusesEditsPastTheEnd) { EXPECT_FALSE(ApplyEdits("abc", {{2, 9, ""}}).ok()); }

}  // namespace
}  // namespace fib
