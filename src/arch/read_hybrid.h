// Reads the non-attention mixers of hybrid models: Gated DeltaNet, Mamba2 (in each family's
// spelling) and Jamba's Mamba1.
#pragma once

#include "arch/facts.h"
#include "arch/field_reader.h"

namespace fib {

// Sets facts.gdn, facts.mamba or facts.mamba1 as facts.traits.hybrid says. Problems go to
// `fields`.
void ReadHybridMixers(FieldReader& fields, ArchFacts& facts);

}  // namespace fib
