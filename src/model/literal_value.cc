#include "model/literal_value.h"

namespace fib {

const char* DescribeKind(LiteralValue::Kind kind) {
  switch (kind) {
    case LiteralValue::Kind::kString:
      return "a string";
    case LiteralValue::Kind::kNumber:
      return "a number";
    case LiteralValue::Kind::kBool:
      return "a boolean";
    case LiteralValue::Kind::kArray:
      return "an array";
    case LiteralValue::Kind::kObject:
      return "an object";
    case LiteralValue::Kind::kNull:
      return "null";
  }
  return "a value";
}

}  // namespace fib
