// Model JSON, as `upsert --model` reads it: a model that is accepted must print back to the
// same JSON value, and go through the edit cycle into a small models.ts and into a new file.
#include "config/model_json.h"
#include "fuzz_checks.h"
#include "patch/same_entry.h"

namespace {

constexpr const char* kModelsTs = R"(import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  {
    id: "tiny",
    name: "Tiny",
    modules: {
      TinyForCausalLM: { count: 1, type: "block" },
    },
  },
];
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  Result<Model> model = ModelFromJsonText("fuzz/entry.json", fuzz::Text(data, size));
  if (!model) {
    fuzz::CheckRenders(model.error());
    return 0;
  }
  Result<Model> again = ModelFromJsonText("again.json", ModelToJson(*model));
  fuzz::Require(again.ok(), "printed Model JSON reads again",
                again.ok() ? "" : Render(again.error()));
  fuzz::Require(SameModel(*again, *model), "Model JSON reads back as the same model");
  fuzz::CheckEditCycle(kModelsTs, {*model, {}}, PrintStyle());
  fuzz::CheckNewFileCycle({*model, {}}, PrintStyle());
  return 0;
}
