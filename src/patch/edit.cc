#include "patch/edit.h"

#include <algorithm>

namespace fib {

std::vector<const Edit*> InOffsetOrder(const std::vector<Edit>& edits) {
  std::vector<const Edit*> order;
  order.reserve(edits.size());
  for (const Edit& edit : edits) order.push_back(&edit);
  std::stable_sort(order.begin(), order.end(),
                   [](const Edit* a, const Edit* b) { return a->begin < b->begin; });
  return order;
}

Result<std::string> ApplyEdits(std::string_view text, const std::vector<Edit>& unordered) {
  std::vector<const Edit*> edits = InOffsetOrder(unordered);
  size_t growth = 0;
  for (size_t i = 0; i < edits.size(); ++i) {
    const Edit& edit = *edits[i];
    bool overlaps = i > 0 && edit.begin < edits[i - 1]->end;
    if (edit.begin > edit.end || edit.end > text.size() || overlaps) {
      return Error(ErrorKind::kVerify,
                   "internal error: edits overlap or fall outside the file (at byte " +
                       std::to_string(edit.begin) + "); nothing was written",
                   "this is a bug in fib-modelgen; please report it with the input files");
    }
    growth += edit.text.size();
  }
  std::string out;
  out.reserve(text.size() + growth);
  size_t copied = 0;
  for (const Edit* edit : edits) {
    out.append(text.substr(copied, edit->begin - copied));
    out.append(edit->text);
    copied = edit->end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace fib
