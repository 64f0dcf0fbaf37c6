#include "fuzz_checks.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <tuple>

#include "model/model_from_literal.h"
#include "patch/models_file.h"
#include "patch/readable_ids.h"
#include "patch/same_entry.h"
#include "patch/source_file.h"

namespace fib::fuzz {

namespace {

constexpr const char* kPath = "fuzz/models.ts";

std::vector<std::string> WithoutId(std::vector<std::string> ids, const std::string& id) {
  ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
  return ids;
}

std::string_view BodyOf(std::string_view bytes) {
  return bytes.substr(bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0);
}

// Loads `bytes`, which an edit just produced: it must load (parse, one array).
ModelsFile Reload(const std::string& bytes, bool read_values) {
  ArrayQuery query;
  query.read_values = read_values;
  Result<ModelsFile> file = ModelsFile::FromBytes(kPath, bytes, true, query);
  Require(file.ok(), "an applied edit loads again", file.ok() ? "" : Render(file.error()));
  return std::move(file).value();
}

// Applies `plan` to `file` (loaded from `original`): it must succeed and touch only its edits.
std::string ApplyChecked(ModelsFile& file, const Plan& plan, const char* what) {
  std::string body(file.body());
  Result<std::string> applied = file.Apply(plan, ArrayQuery{});
  Require(applied.ok(), what, applied.ok() ? "" : Render(applied.error()));
  Require(OnlyEditsChanged(body, BodyOf(*applied), plan.edits), "edits change only their ranges");
  return std::move(applied).value();
}

// The element holding `id` in `file` (loaded with values) reads back as `model`.
void CheckReadsBack(const ModelsFile& file, const Model& model) {
  int index = FindElement(file.array(), model.id);
  Require(index >= 0, "the upserted id is in the array");
  const ArrayElement& element = file.array().elements[index];
  Require(element.value.has_value(), "the upserted element reads as a literal",
          element.read_error.value_or(""));
  std::vector<Problem> problems;
  std::optional<Model> read = ModelFromLiteral(*element.value, problems);
  Require(read && problems.empty(), "the upserted element reads as a model",
          problems.empty() ? "" : problems.front().message);
  Require(SameModel(*read, model), "the upserted element reads back as the model");
}

void CheckRemove(const std::string& bytes, const std::string& id,
                 const std::vector<std::string>& expected_ids) {
  ModelsFile file = Reload(bytes, false);
  Result<Plan> plan = PlanRemove(file.body(), file.array(), id);
  Require(plan.ok(), "a present id can be removed");
  std::string removed = ApplyChecked(file, *plan, "a planned remove applies and verifies");
  Require(ElementIds(Reload(removed, false).array()) == expected_ids,
          "removing leaves the other ids");
}

}  // namespace

void Require(bool holds, const char* what, const std::string& detail) {
  if (holds) return;
  std::fprintf(stderr, "invariant broken: %s\n%s\n", what, detail.c_str());
  __builtin_trap();
}

std::string Text(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

void CheckRenders(const Diagnostic& error) {
  std::string text = Render(error);
  Require(!text.empty() && text.back() == '\n', "a diagnostic renders ending in a newline");
}

bool FirstTimeFor(const PrintStyle& style) {
  static std::set<std::tuple<std::string, size_t, size_t, bool, bool, bool, int, int, bool>> seen;
  return seen
      .insert({style.base_indent, style.print_width, style.tab_width, style.use_tabs, style.semi,
               style.single_quote, static_cast<int>(style.quote_props),
               static_cast<int>(style.trailing_comma), style.bracket_spacing})
      .second;
}

NewElement FixedEntry() {
  Model model;
  model.id = "fuzz-entry";
  model.name = "Fuzz Entry";
  model.description = "a model the fuzz target upserts";
  model.modules = {
      {"FuzzForCausalLM", 1, std::nullopt, "block", std::nullopt},
      {"layers", 4, "FuzzForCausalLM", "block", std::nullopt},
      {"self_attn", 4, "layers", "layer",
       std::vector<std::string>{"gqa_paged_decode_h32_kv8_d128_ps1"}},
      {"lm_head", 1, "FuzzForCausalLM", "layer", std::vector<std::string>{}},
  };
  return {model, {"// fib-modelgen: generated from fuzz/config.json (tp=1, ep=1, ps=1)"}};
}

bool OnlyEditsChanged(std::string_view original, std::string_view edited,
                      const std::vector<Edit>& edits) {
  size_t from = 0, at = 0;  // next unchecked byte of `original`, and where it stands in `edited`
  for (const Edit* edit : InOffsetOrder(edits)) {
    size_t kept = edit->begin - from;
    if (edit->begin < from || edited.substr(at, kept) != original.substr(from, kept)) return false;
    at += kept;
    if (edited.substr(at, edit->text.size()) != edit->text) return false;
    at += edit->text.size();
    from = edit->end;
  }
  return edited.substr(at) == original.substr(from);
}

bool CheckEditCycle(const std::string& text, const NewElement& element, const PrintStyle& style) {
  Result<ModelsFile> loaded = ModelsFile::FromBytes(kPath, text, true, ArrayQuery{});
  if (!loaded) {
    CheckRenders(loaded.error());
    return false;
  }
  ModelsFile& file = *loaded;
  Status readable = CheckIdsReadable(kPath, file.body(), file.array());
  if (!readable) {
    CheckRenders(readable.error());
    return true;
  }
  Status unique = CheckUniqueIds(kPath, file.body(), file.array());
  if (!unique) {
    CheckRenders(unique.error());
    return true;
  }
  std::vector<std::string> ids = ElementIds(file.array());
  Result<Plan> plan = PlanUpsert(file.body(), file.array(), element, style);
  Require(plan.ok(), "an upsert into an editable file plans");
  std::string upserted = ApplyChecked(file, *plan, "a planned upsert applies and verifies");
  ModelsFile reloaded = Reload(upserted, true);
  Require(ElementIds(reloaded.array()) == plan->expected_ids, "the upsert leaves the planned ids");
  CheckReadsBack(reloaded, element.model);
  Result<Plan> again = PlanUpsert(reloaded.body(), reloaded.array(), element, style);
  // PlanUpsert reports an unchanged element as kReplaced; that it adds no edit is what counts.
  Require(again.ok() && again->edits.empty(), "upserting the same entry again changes nothing");
  CheckRemove(upserted, element.model.id, WithoutId(ids, element.model.id));
  if (!ids.empty() && !ids.front().empty() && ids.front() != element.model.id) {
    CheckRemove(text, ids.front(), WithoutId(ids, ids.front()));
  }
  return true;
}

void CheckNewFileCycle(const NewElement& element, const PrintStyle& style) {
  std::string text = NewModelsFileText(style);
  Result<ModelsFile> file = ModelsFile::FromBytes(kPath, text, false, ArrayQuery{});
  Require(file.ok(), "a new file's text loads", file.ok() ? "" : Render(file.error()));
  CheckEditCycle(text, element, style);
}

}  // namespace fib::fuzz
