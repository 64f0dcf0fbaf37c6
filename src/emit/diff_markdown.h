// ModelsDelta → GitHub Markdown for a PR comment or $GITHUB_STEP_SUMMARY: a heading with the
// counts, then per model a table of module changes, the Definitions added and removed, and
// its Mermaid picture.
#pragma once

#include <string>

#include "model/model_diff.h"

namespace fib {

// `title` names what was compared (e.g. the file's path) in the heading.
std::string DiffMarkdown(const ModelsDelta& delta, const std::string& title);

}  // namespace fib
