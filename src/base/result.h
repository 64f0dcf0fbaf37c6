// Result<T>: a value or a Diagnostic. Domain failures travel as values, not exceptions.
#pragma once

#include <utility>
#include <variant>

#include "base/diagnostic.h"

namespace fib {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Diagnostic error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Diagnostic& error() const { return std::get<Diagnostic>(state_); }

 private:
  std::variant<T, Diagnostic> state_;
};

// For operations that produce no value.
struct Ok {};
using Status = Result<Ok>;

}  // namespace fib
