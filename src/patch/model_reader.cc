#include "patch/model_reader.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "base/line_index.h"
#include "model/model_from_literal.h"
#include "model/validate.h"
#include "patch/readable_ids.h"

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

// What the duplicate-id check needs of each model read.
struct IdAt {
  std::string id;
  size_t offset;
};

void ReadElement(const ArrayElement& element, Reporter& reporter, ModelReading& reading,
                 std::vector<IdAt>& ids, bool keep_model) {
  if (element.id_problem && element.node_type == "object") {  // other kinds: said below
    reporter.Add(element.id_problem_offset, IdProblemMessage(element), reading);
    return;
  }
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
  if (!model) return;
  ids.push_back({model->id, model->id_offset});
  if (keep_model) reading.models.push_back(std::move(*model));
}

void CheckDuplicateIds(const std::vector<IdAt>& ids, Reporter& reporter, ModelReading& reading,
                       const LineIndex& index) {
  std::unordered_map<std::string_view, size_t> first_offset;
  for (const IdAt& id : ids) {
    auto [it, inserted] = first_offset.emplace(id.id, id.offset);
    if (inserted) continue;
    reporter.Add(id.offset,
                 "duplicate id \"" + id.id + "\" (first at line " +
                     std::to_string(index.LineOf(it->second)) + ")",
                 reading);
  }
}

}  // namespace

ModelReading ReadModels(const ModelsFile& file, bool keep_models) {
  ModelReading reading;
  Reporter reporter(file);
  std::vector<IdAt> ids;
  const std::vector<ArrayElement>& elements = file.array().elements;
  bool loaded_with_values = !elements.empty() && (elements[0].value || elements[0].read_error);
  if (loaded_with_values) {
    for (const ArrayElement& element : elements) {
      ReadElement(element, reporter, reading, ids, keep_models);
    }
  } else {
    file.ReadElementValues(
        [&](ArrayElement&& element) { ReadElement(element, reporter, reading, ids, keep_models); });
  }
  LineIndex index(file.body());
  CheckDuplicateIds(ids, reporter, reading, index);
  // Report in file order, whichever check found each problem.
  std::stable_sort(reading.diagnostics.begin(), reading.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.where->line, a.where->column) <
                            std::pair(b.where->line, b.where->column);
                   });
  return reading;
}

Result<ModelReading> ReadModelsFromBytes(const std::string& label, std::string bytes,
                                         const ArrayQuery& query) {
  Result<ModelsFile> file = ModelsFile::FromBytes(label, std::move(bytes), true, query);
  if (!file) return file.error();
  return ReadModels(*file);
}

std::map<std::string, size_t> ModelLines(const std::string& label, std::string_view bytes,
                                         const ArrayQuery& query) {
  std::map<std::string, size_t> lines;
  Result<ModelsFile> file = ModelsFile::FromBytes(label, std::string(bytes), true, query);
  if (!file) return lines;
  LineIndex index(file->body());
  for (const ArrayElement& element : file->array().elements) {
    if (element.id) lines.emplace(*element.id, index.LineOf(element.node.begin));
  }
  return lines;
}

}  // namespace fib
