#include "patch/plan.h"

#include <algorithm>
#include <unordered_map>

#include "base/line_index.h"
#include "base/text_lines.h"
#include "emit/model_printer.h"
#include "patch/same_entry.h"
#include "patch/source_file.h"

namespace fib {

namespace {

constexpr std::string_view kManualMarker = "fib-modelgen: manual";

// Indentation for elements: that of the first element standing on its own line, else one
// level (of the print style) deeper than the line holding '['.
std::string ElementIndent(std::string_view text, const ModelsArray& array,
                          const PrintStyle& style) {
  for (const ArrayElement& element : array.elements) {
    if (StartsItsLine(text, element.extent_begin)) {
      return IndentationOfLine(text, element.extent_begin);
    }
  }
  return IndentationOfLine(text, array.array.begin) + style.IndentUnit();
}

// The element's text from its first comment to its closing brace; later lines indented.
std::string RenderElement(std::string_view text, const ArrayElement* old_element,
                          const NewElement& element, const std::string& indent,
                          const std::string& newline, const PrintStyle& file_style) {
  std::string out;
  auto add_line = [&](std::string_view line) {
    if (!out.empty()) out += newline + indent;
    out += line;
  };
  if (old_element) {
    for (const ByteRange& comment : old_element->leading_comments) {
      std::string_view body = text.substr(comment.begin, comment.end - comment.begin);
      if (body.find(kGeneratedMarker) == std::string_view::npos) add_line(body);
    }
  }
  for (const std::string& line : element.comment_lines) add_line(line);
  PrintStyle style = file_style;
  style.base_indent = indent;
  add_line(WithNewlines(PrintModelObject(element.model, style), newline));
  return out;
}

// End of the line holding `offset`, before its line ending.
size_t LineEndOf(std::string_view text, size_t offset) {
  size_t newline = text.find('\n', offset);
  if (newline == std::string_view::npos) return text.size();
  return newline > offset && text[newline - 1] == '\r' ? newline - 1 : newline;
}

// Nothing but white space and comments from `offset` to the end of its line.
bool OnlyCommentsToLineEnd(std::string_view text, size_t offset) {
  size_t end = LineEndOf(text, offset);
  for (size_t i = offset; i < end; ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    return text.compare(i, 2, "//") == 0 || text.compare(i, 2, "/*") == 0;
  }
  return true;
}

// Appends `body` (one or more rendered elements joined by "," + newline + indent) to an
// empty array, keeping anything (comments) between the brackets; the last comma is the print
// style's (an empty array shows no style of its own).
std::vector<Edit> AppendToEmpty(std::string_view text, const ModelsArray& array,
                                const std::string& body, const std::string& newline,
                                const PrintStyle& style) {
  size_t open = array.array.begin + 1;
  size_t close = array.array.end - 1;
  std::string closing_indent = IndentationOfLine(text, array.array.begin);
  std::string indent = closing_indent + style.IndentUnit();
  std::string last = body + style.LastSeparator();
  std::string_view inside = text.substr(open, close - open);
  if (inside.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return {{open, close, newline + indent + last + newline + closing_indent}};
  }
  if (StartsItsLine(text, close)) {  // comments only, ']' on its own line
    size_t at = LineStartOf(text, close);
    return {{at, at, indent + last + newline}};
  }
  return {{close, close, newline + indent + last + newline + closing_indent}};
}

// Appends `body` after the last element's line, keeping the array's trailing-comma style.
// When ']' stands on that line too (`[{...}]`, `  }]`), the new element goes before it and
// ']' moves to a line of its own, indented like the line holding '['.
std::vector<Edit> AppendAfterLast(std::string_view text, const ModelsArray& array,
                                  const std::string& body, const std::string& indent,
                                  const std::string& newline) {
  const ArrayElement& last = array.elements.back();
  size_t after = last.comma_end.value_or(last.node.end);
  size_t close = array.array.end - 1;
  std::string comma = last.comma_end ? "," : "";
  std::vector<Edit> edits;
  if (!last.comma_end) edits.push_back({last.node.end, last.node.end, ","});
  size_t at = LineEndOf(text, after);
  if (at <= close) {
    edits.push_back({at, at, newline + indent + body + comma});
    return edits;
  }
  std::string closing = newline + IndentationOfLine(text, array.array.begin);
  std::string_view between = text.substr(after, close - after);
  bool blank = between.find_first_not_of(" \t") == std::string_view::npos;
  size_t from = blank ? after : close;  // blanks before ']' go; a comment there stays
  edits.push_back({from, close, newline + indent + body + comma + closing});
  return edits;
}

// The lines an element stands on: from the start of its first comment's line to just after
// the line break that ends its comma's line (a trailing comment there goes with it).
ByteRange WholeLines(std::string_view text, const ArrayElement& element) {
  size_t after = element.comma_end.value_or(element.node.end);
  size_t next_line = text.find('\n', LineEndOf(text, after));
  return {LineStartOf(text, element.extent_begin),
          next_line == std::string_view::npos ? text.size() : next_line + 1};
}

// The only element goes; the array becomes `[]` when nothing else (a comment) stands between
// the brackets, which makes removal the exact inverse of appending to `[]`.
std::vector<Edit> RemoveOnlyElement(std::string_view text, const ModelsArray& array,
                                    const ArrayElement& element) {
  size_t open = array.array.begin + 1, close = array.array.end - 1;
  ByteRange lines = WholeLines(text, element);
  std::string rest = std::string(text.substr(open, lines.begin - open)) +
                     std::string(text.substr(lines.end, close - std::min(close, lines.end)));
  if (rest.find_first_not_of(" \t\r\n") == std::string::npos) return {{open, close, ""}};
  return {{lines.begin, std::min(close, lines.end), ""}};
}

// The last element of an array without a trailing comma: the previous element's comma goes,
// and so does the line break before the element (the inverse of appending to such an array).
std::vector<Edit> RemoveLastWithoutComma(std::string_view text, const ArrayElement& previous,
                                         const ArrayElement& element) {
  size_t from = element.extent_begin;
  size_t line_start = LineStartOf(text, from);
  if (StartsItsLine(text, from) && line_start > 0) {
    from = line_start >= 2 && text[line_start - 2] == '\r' ? line_start - 2 : line_start - 1;
  }
  return {{*previous.comma_end - 1, *previous.comma_end, ""}, {from, element.node.end, ""}};
}

bool IsManual(std::string_view text, const ArrayElement& element) {
  for (const ByteRange& comment : element.leading_comments) {
    if (text.substr(comment.begin, comment.end - comment.begin).find(kManualMarker) !=
        std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> ElementIds(const ModelsArray& array) {
  std::vector<std::string> ids;
  ids.reserve(array.elements.size());
  for (const ArrayElement& element : array.elements) ids.push_back(element.id.value_or(""));
  return ids;
}

int FindElement(const ModelsArray& array, const std::string& id) {
  for (size_t i = 0; i < array.elements.size(); ++i) {
    if (array.elements[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

Status CheckUniqueIds(const std::string& path, std::string_view text, const ModelsArray& array) {
  std::unordered_map<std::string_view, size_t> seen;
  for (const ArrayElement& element : array.elements) {
    if (!element.id) continue;
    auto [it, inserted] = seen.emplace(*element.id, element.id_offset);
    if (inserted) continue;
    return ErrorAt(ErrorKind::kValidation, path, text, element.id_offset,
                   "duplicate id \"" + *element.id + "\" (first at line " +
                       std::to_string(LineIndex(text).LineOf(it->second)) + ")",
                   "rename or remove one of them; fib-modelgen will not guess which one to edit");
  }
  return Ok{};
}

Result<Plan> PlanUpsert(std::string_view text, const ModelsArray& array, const NewElement& element,
                        const PrintStyle& style) {
  BatchPlan batch = PlanBatch(text, array, {element}, false, style);
  batch.plan.action = batch.outcomes.front().action == PlanAction::kAdded ? PlanAction::kAdded
                                                                          : PlanAction::kReplaced;
  return batch.plan;
}

BatchPlan PlanBatch(std::string_view text, const ModelsArray& array,
                    const std::vector<NewElement>& elements, bool respect_manual,
                    const PrintStyle& style) {
  std::string newline = DetectNewline(text);
  std::string indent = ElementIndent(text, array, style);
  BatchPlan batch;
  batch.plan.expected_ids = ElementIds(array);
  std::unordered_map<std::string_view, size_t> index_of;  // the first element with each id
  for (size_t i = 0; i < array.elements.size(); ++i) {
    if (array.elements[i].id) index_of.emplace(*array.elements[i].id, i);
  }
  std::string appended;
  for (const NewElement& element : elements) {
    const std::string& id = element.model.id;
    auto it = index_of.find(id);
    int found = it == index_of.end() ? -1 : static_cast<int>(it->second);
    if (found < 0) {
      appended += (appended.empty() ? "" : "," + newline + indent) +
                  RenderElement(text, nullptr, element, indent, newline, style);
      batch.plan.expected_ids.push_back(id);
      batch.outcomes.push_back({id, PlanAction::kAdded, ""});
      continue;
    }
    const ArrayElement& old_element = array.elements[static_cast<size_t>(found)];
    if (respect_manual && IsManual(text, old_element)) {
      batch.outcomes.push_back({id, PlanAction::kSkipped, "marked 'fib-modelgen: manual'"});
      continue;
    }
    std::string body = RenderElement(text, &old_element, element, indent, newline, style);
    size_t begin = old_element.extent_begin, end = old_element.node.end;
    // Equal values are unchanged, however the element is formatted (patch/same_entry.h).
    if (text.substr(begin, end - begin) == body ||
        SameEntry(text, old_element, element.model, element.comment_lines)) {
      batch.outcomes.push_back({id, PlanAction::kUnchanged, ""});
      continue;
    }
    // An element that shares its first line with the one before (`}, {`): comments above it
    // would trail that line and belong to the previous element, so it moves to its own line.
    if (!StartsItsLine(text, begin) && body.compare(0, 2, "//") == 0) {
      while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == '\t')) --begin;
      body = newline + indent + body;
    }
    batch.plan.edits.push_back({begin, end, body});
    batch.outcomes.push_back({id, PlanAction::kReplaced, ""});
  }
  if (!appended.empty()) {
    std::vector<Edit> edits = array.elements.empty()
                                  ? AppendToEmpty(text, array, appended, newline, style)
                                  : AppendAfterLast(text, array, appended, indent, newline);
    batch.plan.edits.insert(batch.plan.edits.end(), edits.begin(), edits.end());
  }
  // In offset order (what applying them needs), so no one has to sort a copy of their texts.
  std::stable_sort(batch.plan.edits.begin(), batch.plan.edits.end(),
                   [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  batch.plan.expected_elements = batch.plan.expected_ids.size();
  return batch;
}

Result<Plan> PlanRemove(std::string_view text, const ModelsArray& array, const std::string& id) {
  int found = FindElement(array, id);
  if (found < 0) {
    return Error(ErrorKind::kValidation, "no model with id \"" + id + "\" in the models array",
                 "'fib-modelgen list FILE' shows the ids there are");
  }
  size_t index = static_cast<size_t>(found);
  const ArrayElement& element = array.elements[index];
  bool own_lines = StartsItsLine(text, element.extent_begin) &&
                   OnlyCommentsToLineEnd(text, element.comma_end.value_or(element.node.end));
  Plan plan;
  plan.action = PlanAction::kRemoved;
  if (array.elements.size() == 1 && own_lines) {
    plan.edits = RemoveOnlyElement(text, array, element);
  } else if (index + 1 == array.elements.size() && !element.comma_end && index > 0) {
    plan.edits = RemoveLastWithoutComma(text, array.elements[index - 1], element);
  } else if (own_lines) {
    ByteRange lines = WholeLines(text, element);
    plan.edits = {{lines.begin, lines.end, ""}};
  } else {
    size_t end = element.comma_end.value_or(element.node.end);
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    plan.edits = {{element.extent_begin, end, ""}};
  }
  plan.expected_ids = ElementIds(array);
  plan.expected_ids.erase(plan.expected_ids.begin() + static_cast<long>(index));
  plan.expected_elements = plan.expected_ids.size();
  return plan;
}

}  // namespace fib
