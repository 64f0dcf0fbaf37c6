// An .editorconfig, as the prettier CLI reads it for the target: the options it gives must
// print a fixed entry that goes through the edit cycle in a new file.
#include "base/file_reader.h"
#include "config/editorconfig.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  MemoryFileReader files({{"/r/.git/", ""}, {"/r/.editorconfig", fuzz::Text(data, size)}});
  PrintStyle style = StyleFromOptions(EditorconfigOptions("/r/web/data/models.ts", files));
  if (fuzz::FirstTimeFor(style)) fuzz::CheckNewFileCycle(fuzz::FixedEntry(), style);
  return 0;
}
