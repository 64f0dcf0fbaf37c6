#include "ts/literal_reader.h"

#include <cmath>
#include <cstdlib>

#include "base/limits.h"
#include "ts/node_util.h"
#include "ts/string_literal.h"

namespace fib {

namespace ts_internal {

namespace {

bool Fail(TSNode node, std::string_view text, ReadFailure& failure) {
  std::string snippet(NodeText(node, text).substr(0, 40));
  if (size_t newline = snippet.find('\n'); newline != std::string::npos) snippet.resize(newline);
  failure.message = std::string("unsupported construct ") + ts_node_type(node) + " '" + snippet +
                    "': expected a string, number, boolean, array or object literal";
  failure.offset = ts_node_start_byte(node);
  return false;
}

double ParseNumber(std::string spelling) {
  std::string digits;
  for (char c : spelling) {
    if (c != '_') digits += c;
  }
  if (digits.size() > 2 && digits[0] == '0') {
    char radix = static_cast<char>(digits[1] | 0x20);
    int base = radix == 'x' ? 16 : radix == 'o' ? 8 : radix == 'b' ? 2 : 0;
    if (base != 0) return static_cast<double>(std::strtoull(digits.c_str() + 2, nullptr, base));
  }
  return std::strtod(digits.c_str(), nullptr);
}

bool FailAt(TSNode node, std::string message, ReadFailure& failure) {
  failure.message = std::move(message);
  failure.offset = ts_node_start_byte(node);
  return false;
}

// What tsc and the web app reject, or read differently than they look: a bigint (`61n`) where
// the schema wants a number, and numbers past a double's range (`1e400` is Infinity).
bool ReadNumber(TSNode node, std::string_view text, bool negative, LiteralValue& out,
                ReadFailure& failure) {
  std::string spelling(NodeText(node, text));
  if (!spelling.empty() && spelling.back() == 'n') {
    return FailAt(node, "bigint literal '" + spelling + "': expected a number", failure);
  }
  if (!std::isfinite(ParseNumber(spelling))) {
    return FailAt(node, "number '" + spelling.substr(0, 40) + "' is not finite", failure);
  }
  out.kind = LiteralValue::Kind::kNumber;
  out.text = (negative ? "-" : "") + std::string(NodeText(node, text));
  out.number = ParseNumber(std::string(NodeText(node, text))) * (negative ? -1 : 1);
  return true;
}

bool ReadKey(TSNode key, std::string_view text, LiteralProperty& property, ReadFailure& failure) {
  property.key_begin = ts_node_start_byte(key);
  if (IsType(key, "property_identifier") || IsType(key, "number")) {
    property.key = std::string(NodeText(key, text));
    return true;
  }
  if (IsType(key, "string")) {
    std::string_view raw = NodeText(key, text);
    property.key = DecodeStringBody(raw.substr(1, raw.size() - 2));
    return true;
  }
  return Fail(key, text, failure);
}

bool FailTooDeep(TSNode node, ReadFailure& failure) {
  failure.message = "nested deeper than the limit of " + std::to_string(kMaxNestingDepth) +
                    " arrays and objects";
  failure.offset = ts_node_start_byte(node);
  return false;
}

bool ReadObject(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure,
                size_t depth) {
  out.kind = LiteralValue::Kind::kObject;
  return ForEachChild(node, [&](TSNode child) {
    if (!ts_node_is_named(child) || IsType(child, "comment")) return true;
    if (!IsType(child, "pair")) return Fail(child, text, failure);
    LiteralProperty property;
    if (!ReadKey(Field(child, "key"), text, property, failure)) return false;
    if (!ReadLiteral(Field(child, "value"), text, property.value, failure, depth + 1)) {
      return false;
    }
    out.properties.push_back(std::move(property));
    return true;
  });
}

bool ReadArray(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure,
               size_t depth) {
  out.kind = LiteralValue::Kind::kArray;
  bool expecting_item = true;  // after '[' or ',': a second ',' there is a hole
  return ForEachChild(node, [&](TSNode child) {
    if (IsType(child, ",")) {
      if (expecting_item) return FailAt(child, "hole in the array (two commas in a row)", failure);
      expecting_item = true;
      return true;
    }
    if (!ts_node_is_named(child) || IsType(child, "comment")) return true;
    expecting_item = false;
    LiteralValue item;
    if (!ReadLiteral(child, text, item, failure, depth + 1)) return false;
    out.items.push_back(std::move(item));
    return true;
  });
}

// `-1` is a unary expression over a number literal; nothing else unary is data.
bool ReadUnary(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure) {
  TSNode op = Field(node, "operator");
  TSNode argument = Field(node, "argument");
  if (!ts_node_is_null(op) && NodeText(op, text) == "-" && IsType(argument, "number")) {
    return ReadNumber(argument, text, true, out, failure);
  }
  return Fail(node, text, failure);
}

}  // namespace

bool ReadLiteral(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure,
                 size_t depth) {
  out.begin = ts_node_start_byte(node);
  if (depth >= kMaxNestingDepth) return FailTooDeep(node, failure);
  if (IsType(node, "string")) {
    std::string_view raw = NodeText(node, text);
    out.kind = LiteralValue::Kind::kString;
    out.text = DecodeStringBody(raw.substr(1, raw.size() - 2));
    return true;
  }
  if (IsType(node, "number")) return ReadNumber(node, text, false, out, failure);
  if (IsType(node, "true") || IsType(node, "false")) {
    out.kind = LiteralValue::Kind::kBool;
    out.boolean = IsType(node, "true");
    return true;
  }
  if (IsType(node, "object")) return ReadObject(node, text, out, failure, depth);
  if (IsType(node, "array")) return ReadArray(node, text, out, failure, depth);
  if (IsType(node, "unary_expression")) return ReadUnary(node, text, out, failure);
  return Fail(node, text, failure);
}

}  // namespace ts_internal
}  // namespace fib
