// Reads a config's mixture-of-experts facts: expert count and size, router scoring and
// renormalisation as the family's modelling code does them, shared and latent experts.
#pragma once

#include "arch/facts.h"
#include "arch/field_reader.h"

namespace fib {

// Sets facts.moe when the config has routed experts (more than one). facts.traits must be
// set. Problems go to `fields`.
void ReadMoe(FieldReader& fields, ArchFacts& facts);

}  // namespace fib
