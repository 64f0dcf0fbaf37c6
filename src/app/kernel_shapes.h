// Where the TP and EP of a model's names come from, for the kernel inventory: a generation
// per TP for a model generated from its config, the marker comment for a model read from a
// models.ts.
#pragma once

#include <string>

#include "app/generation_runner.h"
#include "model/kernel_inventory.h"
#include "patch/models_file.h"

namespace fib {

// Generates `request` once per TP of `generation` (one TP needs no second run) and records
// which TP emits each name. `request` is what produced `generation`.
Result<KernelShapes> ShapesOfGeneration(GenerationRunner& runner, const GenerationFiles& files,
                                        const GenerationRequest& request,
                                        const Generation& generation);

// From the `// fib-modelgen: generated from … (tp=…, ep=…, ps=…)` comment above the model
// `id` in `file`: the TP when it names one, the EP; nothing known without a marker.
KernelShapes ShapesOfFileModel(const ModelsFile& file, const std::string& id);

}  // namespace fib
