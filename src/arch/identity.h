// The identity of a generated entry: display name and one-line description (spec §5).
#pragma once

#include <string>

#include "arch/facts.h"
#include "naming/parallelism.h"

namespace fib {

// "llama-3.1-8b" → "Llama 3.1 8B", "kimi-k2" → "Kimi K2", "qwen3-30b-a3b" → "Qwen3 30B A3B".
std::string DisplayNameFromId(const std::string& id);

// A one-line summary: layers, attention kind and heads, MLP/MoE shape, and the TP/EP/page
// sizes the names are for.
std::string DescribeModel(const ArchFacts& facts, const Parallelism& parallel);

}  // namespace fib
