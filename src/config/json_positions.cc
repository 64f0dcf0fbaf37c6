#include "config/json_positions.h"

#include <string>
#include <unordered_set>

namespace fib {

namespace {

class Scanner {
 public:
  Scanner(std::string_view text, bool find_duplicates)
      : text_(text), find_duplicates_(find_duplicates) {}

  JsonLayout Run() {
    Value(JsonPosition{});
    return std::move(layout_);
  }

  std::optional<size_t> duplicate_key() const { return duplicate_key_; }

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }

  // Returns the raw string body (escapes undecoded: equal keys compare equal either way
  // in practice, and the parser has already validated the text).
  std::string_view String() {
    size_t start = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    return text_.substr(start, pos_++ - start);
  }

  void Value(JsonPosition position) {
    SkipSpace();
    position.value = pos_;
    layout_.positions.push_back(position);
    if (pos_ >= text_.size()) return;
    char c = text_[pos_];
    if (c == '{') return Object();
    if (c == '[') return Array();
    if (c == '"') {
      String();
      return;
    }
    while (pos_ < text_.size() &&
           std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) {
      ++pos_;
    }
  }

  void Object() {
    ++pos_;
    std::unordered_set<std::string_view> keys;  // only when asked: objects can hold 100,000s
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] == '}') break;
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      JsonPosition position;
      position.key = pos_;
      std::string_view key = String();
      if (find_duplicates_ && !keys.insert(key).second && !duplicate_key_) {
        duplicate_key_ = position.key;
      }
      SkipSpace();
      ++pos_;  // ':'
      Value(position);
    }
    ++pos_;
  }

  void Array() {
    ++pos_;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] == ']') break;
      if (text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      Value(JsonPosition{});
    }
    ++pos_;
  }

  std::string_view text_;
  bool find_duplicates_;
  size_t pos_ = 0;
  JsonLayout layout_;
  std::optional<size_t> duplicate_key_;
};

}  // namespace

JsonLayout ScanJsonLayout(std::string_view text) { return Scanner(text, false).Run(); }

std::optional<size_t> FirstDuplicateKey(std::string_view text) {
  Scanner scanner(text, true);
  scanner.Run();
  return scanner.duplicate_key();
}

}  // namespace fib
