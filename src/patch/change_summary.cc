#include "patch/change_summary.h"

#include <optional>
#include <vector>

#include "emit/diff_text.h"
#include "model/model_diff.h"
#include "patch/model_reader.h"

namespace fib {

namespace {

// The models of one side of a summary; nothing when it cannot be read cleanly.
std::optional<std::vector<Model>> CleanModels(const std::string& path, std::string_view bytes,
                                              const ArrayQuery& query) {
  if (bytes.empty()) return std::vector<Model>{};
  Result<ModelReading> reading = ReadModelsFromBytes(path, std::string(bytes), query);
  if (!reading || !reading->diagnostics.empty()) return std::nullopt;
  return std::move(reading->models);
}

}  // namespace

std::string SemanticSummary(std::string_view before, std::string_view after,
                            const std::string& path, const ArrayQuery& query) {
  ArrayQuery reading = query;
  reading.read_values = true;
  std::optional<std::vector<Model>> old_models = CleanModels(path, before, reading);
  std::optional<std::vector<Model>> new_models = CleanModels(path, after, reading);
  if (!old_models || !new_models) return "";
  ModelsDelta delta = DiffModels(*old_models, *new_models);
  return delta.empty() ? "" : DiffText(delta);
}

std::string SummaryAbove(std::string_view before, std::string_view after, const std::string& path,
                         const ArrayQuery& query) {
  std::string summary = SemanticSummary(before, after, path, query);
  return summary.empty() ? "" : summary + "\n";
}

}  // namespace fib
