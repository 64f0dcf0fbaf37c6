#include "app/model_reader.h"

#include <algorithm>
#include <map>

#include "base/line_index.h"
#include "model/model_from_literal.h"
#include "model/validate.h"

namespace fib {

namespace {

class Reporter {
 public:
  explicit Reporter(const ModelsFile& file)
      : path_(file.source().path), index_(file.body()), fallback_(file.array().array.begin) {}

  void Add(size_t offset, const std::string& message, ModelReading& reading) {
    Diagnostic diagnostic = Error(ErrorKind::kValidation, message);
    diagnostic.where = index_.Locate(path_, offset == kNoOffset ? fallback_ : offset);
    reading.diagnostics.push_back(std::move(diagnostic));
  }

 private:
  const std::string& path_;
  LineIndex index_;
  size_t fallback_;
};

void ReadElement(const ArrayElement& element, Reporter& reporter, ModelReading& reading) {
  if (element.read_error) {
    reporter.Add(element.read_error_offset, *element.read_error, reading);
    return;
  }
  if (!element.value || element.node_type != "object") {
    reporter.Add(element.node.begin,
                 "models array element is " + element.node_type + ", expected an object literal",
                 reading);
    return;
  }
  std::vector<Problem> problems;
  std::optional<Model> model = ModelFromLiteral(*element.value, problems);
  if (model) {
    std::vector<Problem> rules = ValidateModel(*model);
    problems.insert(problems.end(), rules.begin(), rules.end());
  }
  for (const Problem& problem : problems) reporter.Add(problem.offset, problem.message, reading);
  if (model) reading.models.push_back(std::move(*model));
}

void CheckDuplicateIds(const ModelReading& input, Reporter& reporter, ModelReading& reading,
                       const LineIndex& index) {
  std::map<std::string, size_t> first_offset;
  for (const Model& model : input.models) {
    auto [it, inserted] = first_offset.emplace(model.id, model.id_offset);
    if (inserted) continue;
    reporter.Add(model.id_offset,
                 "duplicate id \"" + model.id + "\" (first at line " +
                     std::to_string(index.LineOf(it->second)) + ")",
                 reading);
  }
}

}  // namespace

ModelReading ReadModels(const ModelsFile& file) {
  ModelReading reading;
  Reporter reporter(file);
  for (const ArrayElement& element : file.array().elements) {
    ReadElement(element, reporter, reading);
  }
  LineIndex index(file.body());
  CheckDuplicateIds(reading, reporter, reading, index);
  // Report in file order, whichever check found each problem.
  std::stable_sort(reading.diagnostics.begin(), reading.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.where->line, a.where->column) <
                            std::pair(b.where->line, b.where->column);
                   });
  return reading;
}

}  // namespace fib
