#include "app/kernel_shapes.h"

#include "model/marker_shapes.h"

namespace fib {

Result<KernelShapes> ShapesOfGeneration(GenerationRunner& runner, const GenerationFiles& files,
                                        const GenerationRequest& request,
                                        const Generation& generation) {
  const Parallelism& used = generation.parallel;
  if (used.tp.size() == 1) return ShapesFromPerTpModels({{used.tp[0], generation.model}}, used.ep);
  std::vector<std::pair<int64_t, Model>> per_tp;
  for (int64_t tp : used.tp) {
    GenerationRequest one = request;
    one.parallel = used;
    one.parallel.tp = {tp};
    one.parallel.auto_sized = false;
    Result<Generation> generated = runner.Run(files, one);
    if (!generated) return generated.error();
    per_tp.emplace_back(tp, std::move(generated->model));
  }
  return ShapesFromPerTpModels(per_tp, used.ep);
}

KernelShapes ShapesOfFileModel(const ModelsFile& file, const std::string& id) {
  KernelShapes shapes;
  for (const ArrayElement& element : file.array().elements) {
    if (element.id != id) continue;
    for (const ByteRange& range : element.leading_comments) {
      std::optional<MarkedShapes> marked =
          ParseMarkerShapes(file.body().substr(range.begin, range.end - range.begin));
      if (!marked) continue;
      if (marked->tp.size() == 1) shapes.single_tp = marked->tp.front();
      shapes.ep = marked->ep;
    }
  }
  return shapes;
}

}  // namespace fib
