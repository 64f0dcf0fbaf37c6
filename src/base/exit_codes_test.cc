#include "base/exit_codes.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(OutcomeTest, EachOutcomeHasOneExitCode) {
  EXPECT_EQ(Outcome::Success().ExitCode(), 0);
  EXPECT_EQ(Outcome::Differences().ExitCode(), 1);
  EXPECT_EQ(Outcome::Compared(false).ExitCode(), 0);
  EXPECT_EQ(Outcome::Compared(true).ExitCode(), 1);
  EXPECT_EQ(Outcome::Failure(ErrorKind::kUsage).ExitCode(), 2);
  EXPECT_EQ(Outcome::Failure(ErrorKind::kWrite).ExitCode(), 7);
  EXPECT_EQ(Outcome::Failure(ErrorKind::kInternal).ExitCode(), 9);
  EXPECT_TRUE(Outcome::Success().succeeded());
  EXPECT_FALSE(Outcome::Differences().succeeded());
  EXPECT_FALSE(Outcome::Differences().failed());
  EXPECT_TRUE(Outcome::Failure(ErrorKind::kIo).failed());
}

}  // namespace
}  // namespace fib
