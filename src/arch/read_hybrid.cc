#include "arch/read_hybrid.h"

namespace fib {

namespace {

GdnDims ReadGdn(FieldReader& fields) {
  GdnDims gdn;
  gdn.key_heads = fields.Positive("linear_num_key_heads");
  gdn.value_heads = fields.Positive("linear_num_value_heads");
  gdn.key_dim = fields.Positive("linear_key_head_dim");
  gdn.value_dim = fields.Positive("linear_value_head_dim");
  return gdn;
}

// Nemotron-H spells Mamba2 with its own keys.
MambaDims ReadNemotronMamba(FieldReader& fields) {
  MambaDims mamba;
  mamba.heads = fields.Positive("mamba_num_heads");
  mamba.head_dim = fields.Positive("mamba_head_dim");
  mamba.state = fields.Positive("ssm_state_size");
  mamba.groups = fields.Positive("n_groups");
  return mamba;
}

// Granite 4 and Falcon-H1: mamba_n_heads over an inner width, mamba_d_head may be "auto".
MambaDims ReadMambaNHeads(FieldReader& fields, int64_t inner) {
  MambaDims mamba;
  mamba.heads = fields.Positive("mamba_n_heads");
  mamba.state = fields.Positive("mamba_d_state");
  mamba.groups = fields.Positive("mamba_n_groups");
  if (fields.Number("mamba_d_head")) {
    mamba.head_dim = fields.Positive("mamba_d_head");
  } else if (inner % mamba.heads != 0) {
    fields.Fail("mamba_n_heads", "the Mamba width " + std::to_string(inner) +
                                     " is not divisible by mamba_n_heads " +
                                     std::to_string(mamba.heads));
  } else {
    mamba.head_dim = inner / mamba.heads;
  }
  return mamba;
}

int64_t ExpandedWidth(FieldReader& fields, const ArchFacts& facts) {
  return fields.Positive("mamba_expand") * facts.hidden;
}

}  // namespace

void ReadHybridMixers(FieldReader& fields, ArchFacts& facts) {
  switch (facts.traits.hybrid) {
    case HybridKind::kNone:
      return;
    case HybridKind::kGdn:
      facts.gdn = ReadGdn(fields);
      return;
    case HybridKind::kMambaPattern:
      facts.mamba = ReadNemotronMamba(fields);
      return;
    case HybridKind::kMambaLayerTypes:
      facts.mamba = ReadMambaNHeads(fields, ExpandedWidth(fields, facts));
      return;
    case HybridKind::kParallelMamba: {
      int64_t inner =
          fields.Has("mamba_d_ssm") ? fields.Positive("mamba_d_ssm") : ExpandedWidth(fields, facts);
      facts.mamba = ReadMambaNHeads(fields, inner);
      return;
    }
    case HybridKind::kJamba:
      facts.mamba1 = Mamba1Dims{ExpandedWidth(fields, facts), fields.Positive("mamba_d_state")};
      return;
    case HybridKind::kLinearAttention:
      return;  // the lightning layers use the attention's heads and head_dim
    case HybridKind::kShortConv:
      facts.short_conv_dim = fields.OptionalPositive({"conv_dim"}).value_or(facts.hidden);
      return;
  }
}

}  // namespace fib
