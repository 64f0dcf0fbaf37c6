#include "patch/readable_ids.h"

#include "base/line_index.h"

namespace fib {

std::string IdProblemMessage(const ArrayElement& element) {
  return "cannot read the id of this element: " + element.id_problem.value_or("");
}

Status CheckIdsReadable(const std::string& path, std::string_view text, const ModelsArray& array) {
  for (const ArrayElement& element : array.elements) {
    if (!element.id_problem) continue;
    return ErrorAt(ErrorKind::kValidation, path, text, element.id_problem_offset,
                   IdProblemMessage(element), kIdProblemHelp);
  }
  return Ok{};
}

}  // namespace fib
