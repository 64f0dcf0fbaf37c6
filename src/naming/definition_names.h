// Every Definition name format, in one place (spec §4). Numbers are full, unsharded values
// except where a parameter says "per rank"; lists come in the spec's order without duplicates.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "naming/parallelism.h"
#include "naming/shapes.h"

namespace fib {

std::string RmsNormName(int64_t width);
std::string FusedAddRmsNormName(int64_t width);
std::string GemmName(int64_t n, int64_t k);
std::string RopeName(int64_t head_dim, int64_t rotary_dim);

// Paged prefill (each page size), paged decode (each page size), ragged; for each TP.
std::vector<std::string> GqaNames(const GqaDims& gqa, const Parallelism& parallel);
std::vector<std::string> MlaNames(const MlaDims& mla, const Parallelism& parallel);
std::string DsaIndexerName(const DsaDims& dsa);
std::vector<std::string> DsaSparseNames(const MlaDims& mla, const DsaDims& dsa,
                                        const Parallelism& parallel);
std::vector<std::string> GdnNames(const GdnDims& gdn, const Parallelism& parallel);
std::vector<std::string> MambaNames(const MambaDims& mamba, const Parallelism& parallel);
// The fused MoE kernel's names (routing and expert computation in one Definition).
std::vector<std::string> MoeNames(const MoeShape& moe, const Parallelism& parallel);
std::vector<std::string> SamplingNames(int64_t vocab);

}  // namespace fib
