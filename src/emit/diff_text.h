// ModelsDelta → plain text, for `diff` on a terminal and above the unified diff of
// `generate --dry-run` and `refresh --check`.
#pragma once

#include <string>

#include "model/model_diff.h"

namespace fib {

// One line per model ("+ id", "- id", "~ id" with its name), an indented line per changed
// module, the model's Definitions added and removed, and a closing count line. When nothing
// changed: "models: no semantic changes (N unchanged)".
std::string DiffText(const ModelsDelta& delta);

// "count 30 → 58; moved from a to b; type block → layer; definitions +x, -y" for a changed
// module; "layer ×61 under self_attn" for an added or removed one. `quote` wraps names.
std::string DescribeModuleChange(const ModuleDelta& module, const std::string& quote);

// "1 module", "2 modules".
std::string Plural(size_t count, const std::string& noun);

// "1 added, 1 removed, 2 changed, 6 unchanged".
std::string CountModels(const ModelsDelta& delta);

}  // namespace fib
