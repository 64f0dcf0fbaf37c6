// A model's rough size, and the parallelism a deployment of that size calls for.
#pragma once

#include <cstdint>

#include "arch/facts.h"
#include "naming/parallelism.h"

namespace fib {

// Parameter count from the dimensions (embeddings, attention, MLP and all experts).
double EstimateParameters(const ArchFacts& facts);

// The smallest TP of 1, 2, 4, 8 that puts at most 40 B parameters (FP8: 40 GB) on each GPU
// and divides the head counts; EP = TP for MoE models when it divides the expert count.
Parallelism SuggestParallelism(const ArchFacts& facts);

}  // namespace fib
