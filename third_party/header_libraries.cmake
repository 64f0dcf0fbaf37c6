# nlohmann/json and CLI11, both header-only. An installed copy is used when there is one
# (Debian's nlohmann-json3-dev and libcli11-dev here, Homebrew's nlohmann-json and cli11 on a
# Mac); otherwise the version pinned in third_party/nlohmann-json.pin and cli11.pin is fetched
# from GitHub and checked (the release workflow's manylinux containers take this path).
# FIB_FETCH_HEADER_LIBRARIES=OFF makes a missing library an error instead.

option(FIB_FETCH_HEADER_LIBRARIES "Fetch nlohmann/json and CLI11 when they are not installed" ON)
include("${CMAKE_CURRENT_LIST_DIR}/pins.cmake")

# Defines INTERFACE target TARGET over the pinned headers of PIN (source=url or source=git).
function(_fib_fetch_headers pin target)
  fib_read_pin("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${pin}" _pin)
  if(NOT FIB_FETCH_HEADER_LIBRARIES)
    message(FATAL_ERROR "${_pin_name} is not installed (FIB_FETCH_HEADER_LIBRARIES is OFF); "
                        "run scripts/setup.sh")
  endif()
  set(_dir "${CMAKE_BINARY_DIR}/_deps/${_pin_name}-${_pin_version}")
  message(STATUS "${_pin_name} is not installed: using the pinned ${_pin_version} from ${_pin_url}")
  if(_pin_source STREQUAL "url")
    file(DOWNLOAD "${_pin_url}" "${_dir}/${_pin_file}" EXPECTED_HASH SHA256=${_pin_sha256}
         STATUS _status)
    list(GET _status 0 _code)
    if(NOT _code EQUAL 0)
      message(FATAL_ERROR "${_pin_name}: download failed: ${_status}")
    endif()
  elseif(_pin_source STREQUAL "git")
    _fib_git_checkout("${_pin_url}" "${_pin_commit}" "${_dir}")
  else()
    message(FATAL_ERROR "${pin}: source is '${_pin_source}', expected 'url' or 'git'")
  endif()
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  target_include_directories(${target} INTERFACE "${_dir}/include")
endfunction()

# Checks out exactly COMMIT of the repository at URL into DIR (one commit, no history).
function(_fib_git_checkout url commit dir)
  find_package(Git REQUIRED)
  if(NOT EXISTS "${dir}/.git")
    file(MAKE_DIRECTORY "${dir}")
    execute_process(COMMAND "${GIT_EXECUTABLE}" init -q WORKING_DIRECTORY "${dir}")
  endif()
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse -q --verify HEAD
                  WORKING_DIRECTORY "${dir}" OUTPUT_VARIABLE _head OUTPUT_STRIP_TRAILING_WHITESPACE
                  ERROR_QUIET)
  if(_head STREQUAL commit)
    return()
  endif()
  execute_process(COMMAND "${GIT_EXECUTABLE}" fetch -q --depth 1 "${url}" "${commit}"
                  COMMAND_ERROR_IS_FATAL ANY WORKING_DIRECTORY "${dir}")
  execute_process(COMMAND "${GIT_EXECUTABLE}" -c advice.detachedHead=false checkout -q "${commit}"
                  COMMAND_ERROR_IS_FATAL ANY WORKING_DIRECTORY "${dir}")
endfunction()

find_package(nlohmann_json 3.10 QUIET)
if(NOT nlohmann_json_FOUND)
  _fib_fetch_headers(nlohmann-json.pin nlohmann_json::nlohmann_json)
endif()
find_package(CLI11 2.1 QUIET)
if(NOT CLI11_FOUND)
  _fib_fetch_headers(cli11.pin CLI11::CLI11)
endif()
