# The url and git pins (third_party/pins.cmake describes them): the pinned source of a library
# that is not installed. The build looks for it first where an sdist carries it,
# SOURCE_DIR/third_party/sources/<name>-<version>/ (every file checked against the SHA256SUMS
# written beside them when the sdist was made), and otherwise fetches it into
# BINARY_DIR/_deps/<name>-<version>/ (url: the file's sha256 is checked; git: exactly the pinned
# commit, which git checks). A pin's `carry` key lists the paths (space-separated, relative to
# its source tree) an sdist carries; a url pin carries its `file` when it has none.
# FIB_FETCH_LIBRARIES=OFF makes a library that is neither installed nor carried an error.

include_guard(GLOBAL)
include("${CMAKE_CURRENT_LIST_DIR}/pins.cmake")

option(FIB_FETCH_LIBRARIES
       "Fetch the pinned nlohmann/json, CLI11, utf8proc, yaml-cpp and toml++ when not installed" ON)

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

# Fetches the url or git pin PIN_FILE into DIR (a url pin's download goes to DIR/<file>).
function(_fib_fetch_pin pin_file dir)
  fib_read_pin("${pin_file}" _pin)
  if(_pin_source STREQUAL "url")
    if(EXISTS "${dir}/${_pin_file}")
      file(SHA256 "${dir}/${_pin_file}" _have)
      if(_have STREQUAL _pin_sha256)
        return()
      endif()
    endif()
    file(DOWNLOAD "${_pin_url}" "${dir}/${_pin_file}" EXPECTED_HASH SHA256=${_pin_sha256}
         STATUS _status)
    list(GET _status 0 _code)
    if(NOT _code EQUAL 0)
      message(FATAL_ERROR "${_pin_name}: download of ${_pin_url} failed: ${_status}")
    endif()
  elseif(_pin_source STREQUAL "git")
    _fib_git_checkout("${_pin_url}" "${_pin_commit}" "${dir}")
  else()
    message(FATAL_ERROR "${pin_file}: source is '${_pin_source}', expected 'url' or 'git'")
  endif()
endfunction()

# Fails unless every file DIR/SHA256SUMS lists has the recorded digest.
function(_fib_check_sums dir)
  file(STRINGS "${dir}/SHA256SUMS" _lines)
  foreach(_line IN LISTS _lines)
    string(REGEX MATCH "^([0-9a-f]+)  (.+)$" _ "${_line}")
    set(_path "${dir}/${CMAKE_MATCH_2}")
    set(_want "${CMAKE_MATCH_1}")
    if(NOT EXISTS "${_path}")
      message(FATAL_ERROR "${_path}: missing (it is listed in ${dir}/SHA256SUMS)")
    endif()
    file(SHA256 "${_path}" _have)
    if(NOT _have STREQUAL _want)
      message(FATAL_ERROR "${_path}: sha256 ${_have} does not match SHA256SUMS (${_want})")
    endif()
  endforeach()
endfunction()

# Sets OUT_DIR to the verified source tree of PIN_FILE: carried by the sdist at SOURCE_DIR, or
# fetched into BINARY_DIR/_deps/ (see the top of this file).
function(fib_pinned_source pin_file source_dir binary_dir out_dir)
  fib_read_pin("${pin_file}" _pin)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${pin_file}")
  set(_carried "${source_dir}/third_party/sources/${_pin_name}-${_pin_version}")
  if(EXISTS "${_carried}/SHA256SUMS")
    _fib_check_sums("${_carried}")
    message(STATUS "${_pin_name} is not installed: using the pinned ${_pin_version} the sdist carries")
    set(${out_dir} "${_carried}" PARENT_SCOPE)
    return()
  endif()
  if(NOT FIB_FETCH_LIBRARIES)
    message(FATAL_ERROR "${_pin_name} is not installed (FIB_FETCH_LIBRARIES is OFF); "
                        "run scripts/setup.sh")
  endif()
  set(_dir "${binary_dir}/_deps/${_pin_name}-${_pin_version}")
  message(STATUS "${_pin_name} is not installed: using the pinned ${_pin_version} from ${_pin_url}")
  _fib_fetch_pin("${pin_file}" "${_dir}")
  set(${out_dir} "${_dir}" PARENT_SCOPE)
endfunction()

# For the sdist: fetches PIN_FILE into WORK_DIR, copies the paths it carries into
# DEST/<name>-<version>/ and writes the SHA256SUMS of every copied file beside them.
function(fib_carry_pinned_source pin_file work_dir dest)
  fib_read_pin("${pin_file}" _pin)
  set(_fetched "${work_dir}/${_pin_name}-${_pin_version}")
  _fib_fetch_pin("${pin_file}" "${_fetched}")
  set(_carry "${_pin_carry}")
  if(_carry STREQUAL "")
    set(_carry "${_pin_file}")
  endif()
  separate_arguments(_carry UNIX_COMMAND "${_carry}")
  set(_target "${dest}/${_pin_name}-${_pin_version}")
  file(REMOVE_RECURSE "${_target}")
  foreach(_path IN LISTS _carry)
    get_filename_component(_parent "${_target}/${_path}" DIRECTORY)
    file(COPY "${_fetched}/${_path}" DESTINATION "${_parent}")
  endforeach()
  file(GLOB_RECURSE _files LIST_DIRECTORIES false RELATIVE "${_target}" "${_target}/*")
  list(SORT _files)
  set(_sums "")
  foreach(_file IN LISTS _files)
    file(SHA256 "${_target}/${_file}" _digest)
    string(APPEND _sums "${_digest}  ${_file}\n")
  endforeach()
  file(WRITE "${_target}/SHA256SUMS" "${_sums}")
endfunction()
