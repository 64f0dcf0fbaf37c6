// Reads the attention facts of a config: GQA/MHA, MLA or DSA dimensions, the rotary width,
// and what the attention computes beyond the Definitions (soft-capping, sinks, ALiBi).
#pragma once

#include "arch/facts.h"
#include "arch/field_reader.h"

namespace fib {

// Fills facts.attention, gqa / mla / dsa, rotary_dim, attention_unmapped and sliding_window.
// facts.hidden and facts.traits must be set. Problems go to `fields`.
void ReadAttention(FieldReader& fields, ArchFacts& facts);

}  // namespace fib
