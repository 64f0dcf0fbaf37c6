#include "config/json_quote.h"

#include <nlohmann/json.hpp>

namespace fib {

std::string JsonQuote(std::string_view value) {
  return nlohmann::json(std::string(value))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fib
