// A module the tree keeps for its place and count, though no Definition family computes its
// op: it has `definitions: []`, and generation reports it.
#pragma once

#include <string>
#include <vector>

namespace fib {

struct Unmapped {
  std::vector<std::string> modules;  // module keys, in tree order
  std::string op;                    // what they compute: "LayerNorm", "sparsemixer routing"
};

// "unmapped: input_layernorm, norm: no Definition family for LayerNorm"
std::string DescribeUnmapped(const Unmapped& unmapped);

}  // namespace fib
