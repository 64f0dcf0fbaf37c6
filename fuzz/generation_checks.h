// The checks shared by the targets that generate (a HuggingFace config, an sglang file): a
// generation that succeeds must give a valid model whose entry, with its marker comment, goes
// through the whole edit cycle (fuzz_checks.h).
#pragma once

#include "arch/generate.h"

namespace fib::fuzz {

// Generates `request` at a few shapes (TP 1; TP 2 and 8 with EP 8 and page sizes 1 and 64;
// --tp auto with sampling). Errors must render; each success must validate and go through
// CheckNewFileCycle.
void CheckGenerations(GenerationRequest request);

}  // namespace fib::fuzz
