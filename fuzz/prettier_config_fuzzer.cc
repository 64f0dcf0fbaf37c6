// A prettier configuration, read as each of the files prettier looks for (JSON, YAML, JSON5,
// TOML, package.json's `prettier` key) and as an explicit --prettier-config file: options that
// are accepted must print a fixed entry that goes through the edit cycle, in a new file and in
// a small models.ts.
#include "base/file_reader.h"
#include "config/prettier_config.h"
#include "fuzz_checks.h"

namespace {

constexpr const char* kNames[] = {".prettierrc", ".prettierrc.json", ".prettierrc.json5",
                                  ".prettierrc.toml", "package.json"};

constexpr const char* kModelsTs =
    "const models = [\n  { id: \"a\", name: \"A\", modules: {} },\n];\n";

void CheckStyle(const fib::Result<fib::PrettierConfig>& config) {
  if (!config) return fib::fuzz::CheckRenders(config.error());
  fib::PrintStyle style = fib::StyleFromOptions(config->options);
  if (!fib::fuzz::FirstTimeFor(style)) return;
  fib::fuzz::CheckNewFileCycle(fib::fuzz::FixedEntry(), style);
  fib::fuzz::CheckEditCycle(kModelsTs, fib::fuzz::FixedEntry(), style);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  std::string text = fuzz::Text(data, size);
  for (const char* name : kNames) {
    MemoryFileReader files({{"/r/.git/", ""}, {std::string("/r/") + name, text}});
    CheckStyle(ResolvePrettierConfig("/r/web/models.ts", "", files));
  }
  MemoryFileReader explicit_file({{"/r/style.yaml", text}});
  CheckStyle(ResolvePrettierConfig("/r/web/models.ts", "/r/style.yaml", explicit_file));
  return 0;
}
