// Planning edits of the models array: pure functions from (text, array, model) to Edits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "emit/print_style.h"
#include "model/model.h"
#include "patch/edit.h"
#include "ts/models_array.h"

namespace fib {

enum class PlanAction { kAdded, kReplaced, kRemoved, kUnchanged, kSkipped };

struct Plan {
  std::vector<Edit> edits;
  std::vector<std::string> expected_ids;  // ids of the array's elements after the edit
  size_t expected_elements = 0;
  PlanAction action = PlanAction::kAdded;
};

// What stands above a generated object: comment lines such as
// "// fib-modelgen: generated from configs/x.json (tp=1, ep=1, ps=1)", without newlines.
struct NewElement {
  Model model;
  std::vector<std::string> comment_lines;
};

// The ids of `array` in order; elements without an id give "".
std::vector<std::string> ElementIds(const ModelsArray& array);

// Fails (kValidation) when two elements share an id, naming both places.
Status CheckUniqueIds(const std::string& path, std::string_view text, const ModelsArray& array);

// Replaces the element with the model's id where it stands (its own leading comments kept,
// except old "fib-modelgen: generated" markers), or appends it after the last element; the
// entry is printed with `style` (the target's prettier options). An element whose value and
// marker already equal the entry's is left as it is (kUnchanged; see PlanBatch).
Result<Plan> PlanUpsert(std::string_view text, const ModelsArray& array, const NewElement& element,
                        const PrintStyle& style);

// What a batch did to one element.
struct ElementOutcome {
  std::string id;
  PlanAction action = PlanAction::kAdded;
  std::string reason;  // for kSkipped
};

struct BatchPlan {
  Plan plan;
  std::vector<ElementOutcome> outcomes;  // one per requested element, in request order
};

// Plans every element against one parse: existing ids are replaced where they stand, new ids
// are appended after the last element in the order given, each printed with `style`. An
// existing element that already holds the same value and marker (patch/same_entry.h) is
// kUnchanged and adds no edit, however it is formatted. With `respect_manual`, an element
// whose leading comments say "fib-modelgen: manual" is left alone (kSkipped). Ids in
// `elements` must be unique.
BatchPlan PlanBatch(std::string_view text, const ModelsArray& array,
                    const std::vector<NewElement>& elements, bool respect_manual,
                    const PrintStyle& style);

// Removes the element with `id` together with its leading comments.
Result<Plan> PlanRemove(std::string_view text, const ModelsArray& array, const std::string& id);

// Index of the element with `id`, or -1.
int FindElement(const ModelsArray& array, const std::string& id);

}  // namespace fib
