// A repository's pyproject.toml and its [tool.fib-modelgen] table: read, or refused at its
// place; every path it sets is joined to the repository root.
#include "base/file_reader.h"
#include "config/tool_defaults.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  MemoryFileReader files({{"/r/pyproject.toml", fuzz::Text(data, size)}});
  Result<ToolDefaults> defaults = LoadToolDefaults("/r", files);
  if (!defaults) {
    fuzz::CheckRenders(defaults.error());
    return 0;
  }
  for (const std::string* path :
       {&defaults->file, &defaults->manifest, &defaults->definitions, &defaults->prettier_config}) {
    fuzz::Require(path->empty() || (*path)[0] == '/', "a path from pyproject is absolute", *path);
  }
  return 0;
}
