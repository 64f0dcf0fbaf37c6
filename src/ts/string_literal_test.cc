#include "ts/string_literal.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(DecodeStringBodyTest, DecodesEveryEscapeKind) {
  EXPECT_EQ(DecodeStringBody(R"(a\nb\tc\\d\"e\'f)"), "a\nb\tc\\d\"e'f");
  EXPECT_EQ(DecodeStringBody(R"(\x41\u00e9\u{1F600})"), "A\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(DecodeStringBody(R"(\uD83D\uDE00)"), "\xF0\x9F\x98\x80");  // surrogate pair
  EXPECT_EQ(DecodeStringBody("line\\\ncontinued"), "linecontinued");
  EXPECT_EQ(DecodeStringBody(R"(\q)"), "q");
  EXPECT_EQ(DecodeStringBody("plain UTF-8 日本"), "plain UTF-8 日本");
}

}  // namespace
}  // namespace fib
