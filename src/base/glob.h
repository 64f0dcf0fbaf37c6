// Glob patterns as prettier's configuration uses them: the `files`/`excludeFiles` of
// `overrides` (micromatch) and the sections of .editorconfig (minimatch). Paths use '/'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fib {

// The patterns `{a,b}` and `{1..3}` stand for, in order (nested braces expanded; a brace
// without a comma or a range is literal); none when they would be more than kMaxGlobPatterns
// (`{1..100000000}`, or forty `{a,b}` in a row).
std::vector<std::string> ExpandBraces(std::string_view pattern);

// True when `path` matches `pattern` as a whole: `*` matches any run of characters but '/',
// `**` any run including '/' (and `**/` also nothing), `?` one character but '/', `[abc]`,
// `[a-z]` and `[!abc]` (or `[^abc]`) one character of a set, `\x` the character x, braces as
// ExpandBraces says (a pattern standing for too many matches nothing). Dots are not special
// (the `dot` option of both libraries). Costs at most |pattern| × |path| steps per expansion.
bool GlobMatch(std::string_view pattern, std::string_view path);

}  // namespace fib
