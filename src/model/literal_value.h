// A TypeScript literal read back as data: strings, numbers, booleans, arrays and objects
// (and JSON's null, which TypeScript entries never hold),
// each with the byte offset where it starts, so later checks can point at it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace fib {

struct LiteralProperty;

struct LiteralValue {
  enum class Kind { kString, kNumber, kBool, kArray, kObject, kNull };
  Kind kind = Kind::kString;
  size_t begin = 0;                         // byte offset in the parsed text
  std::string text;                         // kString: decoded value; kNumber: source spelling
  double number = 0;                        // kNumber
  bool boolean = false;                     // kBool
  std::vector<LiteralValue> items;          // kArray
  std::vector<LiteralProperty> properties;  // kObject, in source order (duplicates kept)
};

struct LiteralProperty {
  std::string key;  // identifier, decoded string or number spelling
  size_t key_begin = 0;
  LiteralValue value;
};

// "a string", "an array", ...: for messages like "expected a number, got a string".
const char* DescribeKind(LiteralValue::Kind kind);

}  // namespace fib
