#include "ts/literal_reader.h"

#include <cstdlib>

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

bool ReadNumber(TSNode node, std::string_view text, bool negative, LiteralValue& out) {
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

bool ReadObject(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure) {
  out.kind = LiteralValue::Kind::kObject;
  return ForEachChild(node, [&](TSNode child) {
    if (!ts_node_is_named(child) || IsType(child, "comment")) return true;
    if (!IsType(child, "pair")) return Fail(child, text, failure);
    LiteralProperty property;
    if (!ReadKey(Field(child, "key"), text, property, failure)) return false;
    if (!ReadLiteral(Field(child, "value"), text, property.value, failure)) return false;
    out.properties.push_back(std::move(property));
    return true;
  });
}

bool ReadArray(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure) {
  out.kind = LiteralValue::Kind::kArray;
  return ForEachChild(node, [&](TSNode child) {
    if (!ts_node_is_named(child) || IsType(child, "comment")) return true;
    LiteralValue item;
    if (!ReadLiteral(child, text, item, failure)) return false;
    out.items.push_back(std::move(item));
    return true;
  });
}

// `-1` is a unary expression over a number literal; nothing else unary is data.
bool ReadUnary(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure) {
  TSNode op = Field(node, "operator");
  TSNode argument = Field(node, "argument");
  if (!ts_node_is_null(op) && NodeText(op, text) == "-" && IsType(argument, "number")) {
    return ReadNumber(argument, text, true, out);
  }
  return Fail(node, text, failure);
}

}  // namespace

bool ReadLiteral(TSNode node, std::string_view text, LiteralValue& out, ReadFailure& failure) {
  out.begin = ts_node_start_byte(node);
  if (IsType(node, "string")) {
    std::string_view raw = NodeText(node, text);
    out.kind = LiteralValue::Kind::kString;
    out.text = DecodeStringBody(raw.substr(1, raw.size() - 2));
    return true;
  }
  if (IsType(node, "number")) return ReadNumber(node, text, false, out);
  if (IsType(node, "true") || IsType(node, "false")) {
    out.kind = LiteralValue::Kind::kBool;
    out.boolean = IsType(node, "true");
    return true;
  }
  if (IsType(node, "object")) return ReadObject(node, text, out, failure);
  if (IsType(node, "array")) return ReadArray(node, text, out, failure);
  if (IsType(node, "unary_expression")) return ReadUnary(node, text, out, failure);
  return Fail(node, text, failure);
}

}  // namespace ts_internal
}  // namespace fib
