// The options the prettier CLI takes from .editorconfig files (it reads them unless told not
// to): indent_style, indent_size / tab_width, max_line_length and quote_type, read the way
// prettier's editorconfig reader reads them.
#pragma once

#include <string>

#include "base/file_reader.h"
#include "config/prettier_options.h"

namespace fib {

// The .editorconfig options for the file at absolute path `target`: every .editorconfig from
// its folder up to the project root (the nearest folder holding .git or a .hg folder; else the
// file system's root), stopping after one that says `root = true`; sections whose glob matches
// the target apply, nearer files and later sections winning. Unreadable or malformed files are
// ignored, as prettier ignores them.
PrettierOptions EditorconfigOptions(const std::string& target, const FileReader& files);

}  // namespace fib
