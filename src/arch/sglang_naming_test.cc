#include "arch/sglang_naming.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

// Found by fuzz/sglang_fuzzer.cc: a rename to `__proto__` was written (and `check` then refused
// the file), and one to a key the model already has failed as a bug (duplicate keys).
TEST(SglangNamingTest, RenamesToReservedOrTakenKeysAreSkippedWithAWarning) {
  std::vector<Module> modules = {{"Root", 1, std::nullopt, "block", std::nullopt},
                                 {"self_attn", 1, "Root", "block", std::nullopt},
                                 {"mlp", 1, "Root", "block", std::nullopt},
                                 {"act", 1, "mlp", "layer", std::nullopt}};
  SglangImplementation sglang;
  sglang.path = "s.json";
  sglang.renamed_keys = {{"mlp", "self_attn"}, {"self_attn", "__proto__"}};
  std::vector<Diagnostic> warnings;
  RenameKeys(modules, sglang, warnings);
  EXPECT_EQ(modules[1].key, "self_attn");
  EXPECT_EQ(modules[2].key, "mlp");
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].message,
            "s.json: renames 'mlp' to 'self_attn', which is already a module key; kept 'mlp'");
  EXPECT_EQ(warnings[1].message,
            "s.json: renames 'self_attn' to '__proto__', which JavaScript treats specially; kept "
            "'self_attn'");
  sglang.renamed_keys = {{"mlp", "moe"}};
  RenameKeys(modules, sglang, warnings);
  EXPECT_EQ(modules[2].key, "moe");
  EXPECT_EQ(modules[3].parent, "moe");
}

}  // namespace
}  // namespace fib
