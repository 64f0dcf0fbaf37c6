// Model and Module: the values a models.ts entry holds, in the web app's schema.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fib {

// Offsets are filled when a value was read from a file, and kNoOffset when it was generated.
inline constexpr size_t kNoOffset = static_cast<size_t>(-1);

struct Module {
  std::string key;
  int64_t count = 0;
  std::optional<std::string> parent;
  std::string type;                                     // "block" or "layer"
  std::optional<std::vector<std::string>> definitions;  // absent stays absent

  size_t key_offset = kNoOffset;
  size_t count_offset = kNoOffset;
  size_t parent_offset = kNoOffset;
  size_t type_offset = kNoOffset;
};

struct Model {
  std::string id;
  std::string name;
  std::optional<std::string> description;
  std::vector<Module> modules;  // in key order; duplicates kept so validation can report them

  size_t offset = kNoOffset;
  size_t id_offset = kNoOffset;
};

// A rule a model breaks, at a byte offset of its file (kNoOffset for generated models).
struct Problem {
  size_t offset = kNoOffset;
  std::string message;
};

}  // namespace fib
