// Whether a model's head and expert counts can be split the way --tp and --ep ask (§4.1).
#pragma once

#include "arch/facts.h"
#include "base/result.h"
#include "naming/parallelism.h"

namespace fib {

// Every head count that TP does not divide (KV heads may be fewer than TP when TP is a
// multiple of them: they are replicated) and an EP that does not divide the routed experts.
// The error names the field, its value and the flag; `path` is the config file.
Status CheckParallelism(const ArchFacts& facts, const Parallelism& parallel,
                        const std::string& path);

}  // namespace fib
