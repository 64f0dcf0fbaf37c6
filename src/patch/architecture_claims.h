// What the hand-written **Architecture** line and Summary cell of a coverage-document
// section claim, checked against the model's tree: only numbers and kinds the tree proves
// are compared, so correct prose is never rewritten.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/architecture_summary.h"

namespace fib {

// The end of the first sentence of `text`: the first ". " (the period included), else the
// end of the text.
size_t FirstSentenceEnd(std::string_view text);

// Each claim of `sentence` the summary contradicts, as "32 decoder layers (the model has
// 48)". Claims: "<n> [decoder] layers" (the first), "<n> MoE", "<n> dense", "<n> GQA|MLA|
// DSA|GDN|Mamba2". MoE and dense counts are only compared when the model maps MoE names.
std::vector<std::string> ContradictedArchitecture(std::string_view sentence,
                                                  const ArchitectureSummary& summary);

// Whether a Summary row's Architecture cell ("MLA + Dense/MoE") names other mixer kinds or
// another FFN than the model has: the reason, or "" when it agrees or cannot be judged.
std::string ContradictedShortArchitecture(std::string_view cell,
                                          const ArchitectureSummary& summary);

}  // namespace fib
