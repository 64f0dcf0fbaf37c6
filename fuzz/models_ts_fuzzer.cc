// models.ts, as every command reads it: parse, find the models array, read its ids; upsert a
// fixed entry, apply, verify, re-parse; upsert it again (no change), remove it and the first
// model (fuzz_checks.h); and `check`'s path: every element read and validated, and the first
// valid models printed into a new file and read back.
#include "patch/model_reader.h"
#include "fuzz_checks.h"
#include "model/validate.h"
#include "patch/models_file.h"

namespace fib::fuzz {
namespace {

// How many valid models of one input are printed again: each costs a few parses.
constexpr size_t kReprinted = 2;

void CheckValidation(const std::string& text) {
  Result<ModelsFile> file = ModelsFile::FromBytes("fuzz/models.ts", text, true, ArrayQuery{});
  Require(file.ok(), "a text that loaded once loads again");
  ModelReading reading = ReadModels(*file, /*keep_models=*/true);
  for (const Diagnostic& problem : reading.diagnostics) {
    Require(problem.where.has_value(), "check locates every problem");
    CheckRenders(problem);
  }
  size_t reprinted = 0;
  for (const Model& model : reading.models) {
    if (reprinted == kReprinted || !ValidateModel(model).empty()) continue;
    ++reprinted;
    CheckNewFileCycle({model, {}}, PrintStyle());
  }
}

}  // namespace
}  // namespace fib::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text = fib::fuzz::Text(data, size);
  // A text that does not load is refused the same way by every command: once is enough.
  if (fib::fuzz::CheckEditCycle(text, fib::fuzz::FixedEntry(), fib::PrintStyle())) {
    fib::fuzz::CheckValidation(text);
  }
  return 0;
}
