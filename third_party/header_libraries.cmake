# nlohmann/json and CLI11, both header-only. An installed copy is used when there is one
# (Debian's nlohmann-json3-dev and libcli11-dev here, Homebrew's nlohmann-json and cli11 on a
# Mac); otherwise the version pinned in third_party/nlohmann-json.pin and cli11.pin, carried by
# the sdist or fetched from GitHub and checked (third_party/pinned_sources.cmake).

include("${CMAKE_CURRENT_LIST_DIR}/pinned_sources.cmake")

# Defines INTERFACE target TARGET over the pinned headers of PIN.
function(_fib_pinned_headers pin target)
  fib_pinned_source("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${pin}" "${PROJECT_SOURCE_DIR}"
                    "${CMAKE_BINARY_DIR}" _dir)
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  target_include_directories(${target} INTERFACE "${_dir}/include")
endfunction()

find_package(nlohmann_json 3.10 QUIET)
if(NOT nlohmann_json_FOUND)
  _fib_pinned_headers(nlohmann-json.pin nlohmann_json::nlohmann_json)
endif()
find_package(CLI11 2.1 QUIET)
if(NOT CLI11_FOUND)
  _fib_pinned_headers(cli11.pin CLI11::CLI11)
endif()
