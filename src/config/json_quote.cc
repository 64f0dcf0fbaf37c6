#include "config/json_quote.h"

#include <nlohmann/json.hpp>

namespace fib {

std::string JsonQuote(std::string_view value) { return nlohmann::json(std::string(value)).dump(); }

}  // namespace fib
