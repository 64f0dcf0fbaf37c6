#include "ts/syntax_tree.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "base/limits.h"
#include "base/line_index.h"
#include "ts/node_util.h"
#include "ts/syntax_tree_impl.h"

namespace fib {

using ts_internal::NodeText;

namespace {

// How long tree-sitter may take over `bytes` of text. A valid models.ts parses at about 5 MB/s;
// so does one with ordinary syntax errors. But error recovery can take minutes on a few hundred
// bytes of garbage (found by fuzz/models_ts_fuzzer.cc), and tree-sitter's maintainers advise a
// timeout; the budget is far above any real parse, so only such a file ever reaches it.
uint64_t ParseBudgetMicros(size_t bytes) {
  return kParseBudgetMicros + static_cast<uint64_t>(bytes) * kParseMicrosPerByte;
}

// The error for a parse that gave up at its budget: the file cannot be valid, but where its
// error is, tree-sitter did not get to say.
Diagnostic GaveUp(const std::string& path, size_t bytes) {
  return Error(ErrorKind::kSyntax,
               "'" + path + "' does not parse: the parser gave up recovering from its syntax " +
                   "errors after " + std::to_string(ParseBudgetMicros(bytes) / 1000000) + " s",
               "find the error with `npx tsc --noEmit` or `npx prettier --check`");
}

Result<TSParser*> NewParser(size_t bytes) {
  TSParser* parser = ts_parser_new();
  ts_parser_set_timeout_micros(parser, ParseBudgetMicros(bytes));
  const TSLanguage* language = tree_sitter_typescript();
  if (!ts_parser_set_language(parser, language)) {
    ts_parser_delete(parser);
    return Error(ErrorKind::kSyntax,
                 "the TypeScript grammar has ABI version " +
                     std::to_string(ts_language_version(language)) +
                     ", but the tree-sitter runtime accepts versions " +
                     std::to_string(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION) + " to " +
                     std::to_string(TREE_SITTER_LANGUAGE_VERSION),
                 "pin a tree-sitter-typescript version built for this runtime in "
                 "third_party/tree-sitter-typescript.pin");
  }
  return parser;
}

// tree-sitter 0.20 has no ts_node_is_error; ERROR nodes are named "ERROR".
bool IsErrorNode(TSNode node) { return ts_internal::IsType(node, "ERROR"); }

// The first ERROR or MISSING node in document order (the root must have an error).
TSNode FirstErrorNode(TSNode node) {
  while (true) {
    if (IsErrorNode(node) || ts_node_is_missing(node)) return node;
    TSNode bad{};
    ts_internal::ForEachChild(node, [&](TSNode child) {
      if (ts_node_has_error(child)) bad = child;
      return !ts_node_has_error(child);
    });
    if (ts_node_is_null(bad)) return node;
    node = bad;
  }
}

bool IsOpening(std::string_view type) { return type == "[" || type == "{" || type == "("; }
bool IsClosing(std::string_view type) { return type == "]" || type == "}" || type == ")"; }

// The innermost bracket token still open at the end of the tree, if any. Walks every leaf
// with a cursor (no recursion: 65,000 nested brackets are fine); MISSING closers that error
// recovery invented do not count as closing anything.
std::optional<size_t> UnclosedBracket(TSNode root) {
  std::vector<size_t> open;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool more = true;
  while (more) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_node_child_count(node) == 0 && !ts_node_is_missing(node)) {
      std::string_view type = ts_node_type(node);
      if (IsOpening(type)) open.push_back(ts_node_start_byte(node));
      if (IsClosing(type) && !open.empty()) open.pop_back();
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        more = false;
        break;
      }
    }
  }
  ts_tree_cursor_delete(&cursor);
  if (open.empty()) return std::nullopt;
  return open.back();
}

// The last byte that is not white space (where "the file ends" is shown), or 0.
size_t LastContent(std::string_view text) {
  size_t last = text.find_last_not_of(" \t\r\n");
  return last == std::string_view::npos ? 0 : last;
}

std::string Snippet(std::string_view text) {
  std::string snippet(text.substr(0, 30));
  size_t cut = snippet.find_first_of("\r\n");
  if (cut != std::string::npos) snippet.resize(cut);
  return snippet;
}

// Row and byte column of each offset in `offsets` (ascending), in one pass over `text`.
std::vector<TSPoint> PointsAt(std::string_view text, const std::vector<size_t>& offsets) {
  std::vector<TSPoint> points;
  points.reserve(offsets.size());
  TSPoint point{0, 0};
  size_t pos = 0;
  for (size_t offset : offsets) {
    for (; pos < offset; ++pos) {
      if (text[pos] == '\n') {
        ++point.row;
        point.column = 0;
      } else {
        ++point.column;
      }
    }
    points.push_back(point);
  }
  return points;
}

TSPoint Advance(TSPoint point, std::string_view inserted) {
  for (char c : inserted) {
    if (c == '\n') {
      ++point.row;
      point.column = 0;
    } else {
      ++point.column;
    }
  }
  return point;
}

}  // namespace

bool g_skip_freeing_trees = false;

void SyntaxTree::SkipFreeingAtExit() { g_skip_freeing_trees = true; }

void SyntaxTree::Free() {
  if (impl_->tree) ts_tree_delete(impl_->tree);
  impl_->tree = nullptr;
}

SyntaxTree::SyntaxTree(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SyntaxTree::SyntaxTree(SyntaxTree&&) noexcept = default;
SyntaxTree& SyntaxTree::operator=(SyntaxTree&&) noexcept = default;
SyntaxTree::~SyntaxTree() = default;

const std::string& SyntaxTree::path() const { return impl_->path; }
std::string_view SyntaxTree::text() const { return impl_->text; }

Result<SyntaxTree> SyntaxTree::Parse(std::string path, std::string_view text) {
  Result<TSParser*> parser = NewParser(text.size());
  if (!parser) return parser.error();
  auto impl = std::make_unique<Impl>();
  impl->path = std::move(path);
  impl->text = text;
  impl->parser = *parser;
  impl->tree = ts_parser_parse_string(impl->parser, nullptr, text.data(),
                                      static_cast<uint32_t>(text.size()));
  if (!impl->tree) return GaveUp(impl->path, text.size());
  return SyntaxTree(std::move(impl));
}

Result<SyntaxTree> SyntaxTree::Reparse(std::string_view new_text,
                                       const std::vector<TextChange>& changes) const {
  std::vector<size_t> offsets;
  for (const TextChange& change : changes) {
    offsets.push_back(change.begin);
    offsets.push_back(change.old_end);
  }
  std::vector<TSPoint> points = PointsAt(impl_->text, offsets);
  TSTree* edited = ts_tree_copy(impl_->tree);
  // Edits go last to first so each one's old offsets are still valid when it is applied.
  int64_t shift = 0;
  std::vector<size_t> new_starts(changes.size());
  for (size_t i = 0; i < changes.size(); ++i) {
    new_starts[i] = changes[i].begin + shift;
    shift += static_cast<int64_t>(changes[i].new_end) - static_cast<int64_t>(changes[i].old_end);
  }
  for (size_t i = changes.size(); i-- > 0;) {
    const TextChange& change = changes[i];
    size_t new_length = change.new_end - change.begin;
    TSInputEdit edit{};
    edit.start_byte = static_cast<uint32_t>(change.begin);
    edit.old_end_byte = static_cast<uint32_t>(change.old_end);
    edit.new_end_byte = static_cast<uint32_t>(change.new_end);
    edit.start_point = points[2 * i];
    edit.old_end_point = points[2 * i + 1];
    edit.new_end_point = Advance(edit.start_point, new_text.substr(new_starts[i], new_length));
    ts_tree_edit(edited, &edit);
  }
  Result<TSParser*> parser = NewParser(new_text.size());
  if (!parser) {
    ts_tree_delete(edited);
    return parser.error();
  }
  auto impl = std::make_unique<Impl>();
  impl->path = impl_->path;
  impl->text = new_text;
  impl->parser = *parser;
  impl->tree = ts_parser_parse_string(impl->parser, edited, new_text.data(),
                                      static_cast<uint32_t>(new_text.size()));
  ts_tree_delete(edited);
  if (!impl->tree) return GaveUp(impl->path, new_text.size());
  return SyntaxTree(std::move(impl));
}

Status SyntaxTree::CheckSyntax() const {
  TSNode root = impl_->Root();
  if (!ts_node_has_error(root)) return Ok{};
  TSNode bad = FirstErrorNode(root);
  // A truncated file reads as one ERROR running to the end of the text, often from 1:1: the
  // useful place is where the text ends, and the bracket it leaves open.
  bool runs_to_end = IsErrorNode(bad) && ts_node_end_byte(bad) > LastContent(impl_->text);
  std::optional<size_t> open = runs_to_end ? UnclosedBracket(root) : std::nullopt;
  if (open) {
    LineIndex index(impl_->text);
    Location opened = index.Locate(impl_->path, *open);
    return ErrorAt(ErrorKind::kSyntax, impl_->path, impl_->text, LastContent(impl_->text),
                   "syntax error: the text ends before '" + std::string(1, impl_->text[*open]) +
                       "' at line " + std::to_string(opened.line) + ", column " +
                       std::to_string(opened.column) + " is closed",
                   "the file looks truncated, or a closing bracket is missing");
  }
  std::string message =
      ts_node_is_missing(bad)
          ? std::string("syntax error: missing '") + ts_node_type(bad) + "'"
          : "syntax error: unexpected '" + Snippet(NodeText(bad, impl_->text)) + "'";
  return ErrorAt(ErrorKind::kSyntax, impl_->path, impl_->text, ts_node_start_byte(bad), message,
                 "fix the syntax first: fib-modelgen only edits files that parse cleanly");
}

}  // namespace fib
