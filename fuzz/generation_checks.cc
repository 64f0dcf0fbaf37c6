#include "generation_checks.h"

#include "fuzz_checks.h"
#include "model/validate.h"

namespace fib::fuzz {

namespace {

std::vector<Parallelism> Shapes() {
  Parallelism one;
  Parallelism wide{{2, 8}, 8, {1, 64}};
  wide.ep_given = true;
  Parallelism automatic;
  automatic.auto_sized = true;
  return {one, wide, automatic};
}

}  // namespace

void CheckGenerations(GenerationRequest request) {
  std::vector<Parallelism> shapes = Shapes();
  for (size_t i = 0; i < shapes.size(); ++i) {
    request.parallel = shapes[i];
    request.sampling = i == 2;
    Result<Generation> generation = Generate(request);
    if (!generation) {
      CheckRenders(generation.error());
      continue;
    }
    for (const Diagnostic& warning : generation->warnings) CheckRenders(warning);
    Status strict = StrictCheck(*generation);
    if (!strict) CheckRenders(strict.error());
    std::vector<Problem> problems = ValidateModel(generation->model);
    Require(problems.empty(), "a generated model is valid",
            problems.empty() ? "" : problems.front().message);
    CheckNewFileCycle({generation->model, {generation->marker}}, PrintStyle());
  }
}

}  // namespace fib::fuzz
