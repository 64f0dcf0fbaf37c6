#include "arch/field_limits.h"

#include <gtest/gtest.h>

#include "base/limits.h"

namespace fib {
namespace {

TEST(FieldLimitsTest, CountsGetTheirOwnLimit) {
  EXPECT_EQ(LimitFor("num_hidden_layers").value, kMaxLayers);
  EXPECT_EQ(LimitFor("n_layer").value, kMaxLayers);
  EXPECT_EQ(LimitFor("num_local_experts").value, kMaxExperts);
  EXPECT_EQ(LimitFor("n_routed_experts").value, kMaxExperts);
  EXPECT_EQ(LimitFor("num_attention_heads").value, kMaxHeads);
  EXPECT_EQ(LimitFor("num_key_value_heads").value, kMaxHeads);
}

TEST(FieldLimitsTest, SizesGetTheDimensionLimit) {
  EXPECT_EQ(LimitFor("head_dim").value, kMaxDimension);
  EXPECT_EQ(LimitFor("moe_intermediate_size").value, kMaxDimension);
  EXPECT_EQ(LimitFor("expert_intermediate_size").value, kMaxDimension);
  EXPECT_EQ(LimitFor("full_attention_interval").value, kMaxDimension);
  EXPECT_EQ(LimitFor("hidden_size").value, kMaxDimension);
}

}  // namespace
}  // namespace fib
