#include "app/color_choice.h"

namespace fib {

bool UseColor(const std::string& choice, bool is_terminal,
              const std::function<const char*(const char*)>& getenv) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* force = getenv("FORCE_COLOR");
  if (force && *force && std::string(force) != "0") return true;
  return is_terminal;
}

}  // namespace fib
