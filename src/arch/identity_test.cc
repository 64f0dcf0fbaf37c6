#include "arch/identity.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(DisplayNameFromIdTest, SizesVersionsAndBrands) {
  EXPECT_EQ(DisplayNameFromId("llama-3.1-8b"), "Llama 3.1 8B");
  EXPECT_EQ(DisplayNameFromId("kimi-k2"), "Kimi K2");
  EXPECT_EQ(DisplayNameFromId("qwen3-30b-a3b"), "Qwen3 30B A3B");
  EXPECT_EQ(DisplayNameFromId("deepseek-v3.2"), "DeepSeek V3.2");
  EXPECT_EQ(DisplayNameFromId("mixtral-8x7b"), "Mixtral 8x7B");
  EXPECT_EQ(DisplayNameFromId("gpt-oss-120b"), "GPT OSS 120B");
  EXPECT_EQ(DisplayNameFromId("llama-4-scout-17b-16e"), "Llama 4 Scout 17B 16E");
  EXPECT_EQ(DisplayNameFromId("minimax-m2"), "MiniMax M2");
}

}  // namespace
}  // namespace fib
