// Typed, checked access to config fields, with errors that name the field and the file.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/model_config.h"

namespace fib {

class FieldReader {
 public:
  explicit FieldReader(const ModelConfig& config) : config_(config) {}

  bool Has(const std::string& name) const { return config_.Find(name) != nullptr; }

  // A positive integer that fits in 64 bits, or an error (recorded) and 1 to keep going.
  // A list of equal values stands for the value; a list of different ones is an error.
  int64_t Positive(const std::string& name);

  // The first of `names` present, as a positive integer; `fallback` when none is present.
  std::optional<int64_t> OptionalPositive(const std::vector<std::string>& names);

  // A non-negative integer (first_k_dense_replace may be 0), or `fallback` when absent.
  int64_t NonNegative(const std::string& name, int64_t fallback);

  // Any integer (moe_layer_end_index may be -1); nullopt when absent, an error when not one.
  std::optional<int64_t> Integer(const std::string& name);
  std::optional<double> Number(const std::string& name) const;
  std::optional<bool> Bool(const std::string& name) const;
  std::string String(const std::string& name) const;
  // A list of integers (mlp_only_layers, moe_layers, no_rope_layers); nullopt when absent.
  std::optional<std::vector<int64_t>> IntList(const std::string& name);
  // A list of strings (layer_types); nullopt when absent.
  std::optional<std::vector<std::string>> StringList(const std::string& name) const;

  // Records an error about `name` (located at the field when it exists).
  void Fail(const std::string& name, const std::string& message);

  // True when an error was recorded for `name` (checks that depend on it are skipped).
  bool Failed(const std::string& name) const;

  const std::vector<Diagnostic>& errors() const { return errors_; }
  const ModelConfig& config() const { return config_; }

 private:
  const ConfigField* Uniform(const std::string& name, const ConfigField* field);

  const ModelConfig& config_;
  std::vector<Diagnostic> errors_;
  std::set<std::string> failed_;
};

}  // namespace fib
