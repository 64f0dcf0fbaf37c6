# Pin files and the npm fetch-and-verify step shared by the build (third_party/tree_sitter.cmake)
# and the sdist step (third_party/collect_tarballs.cmake); url and git pins are fetched by
# third_party/pinned_sources.cmake.
# A pin is third_party/<package>.pin, one `key=value` a line; `source` says where it comes from:
#   source=npm  name, version, integrity (the registry's value), sha512 (the same digest in hex)
#   source=url  name, version, url, sha256, file (where the download goes, relative)
#   source=git  name, version, url, commit (40 hex digits: git checks the content)
# url and git pins may add `carry` (what an sdist carries of them). Nothing fetched is ever
# committed.

include_guard(GLOBAL)

# Reads PIN_FILE into <PREFIX>_<key> variables in the caller's scope.
function(fib_read_pin pin_file prefix)
  if(NOT EXISTS "${pin_file}")
    message(FATAL_ERROR "${pin_file}: no such pin file")
  endif()
  file(STRINGS "${pin_file}" _lines REGEX "^[a-z0-9_]+=")
  foreach(_line IN LISTS _lines)
    string(REGEX MATCH "^([a-z0-9_]+)=(.*)$" _ "${_line}")
    set(${prefix}_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}" PARENT_SCOPE)
  endforeach()
endfunction()

# True when the file at PATH has the pin's sha512.
function(_fib_tarball_matches path sha512 out_ok)
  file(SHA512 "${path}" _actual)
  if(_actual STREQUAL sha512)
    set(${out_ok} TRUE PARENT_SCOPE)
  else()
    set(${out_ok} FALSE PARENT_SCOPE)
    message(WARNING "${path}: sha512 ${_actual} does not match the pin ${sha512}")
  endif()
endfunction()

# Sets OUT_PATH to a verified copy of the npm tarball PIN_FILE names. Looks, in order, in
# SOURCE_DIR/third_party/tarballs/ (where an sdist carries it), in $FIB_TARBALL_DIR (a directory
# of tarballs fetched before, e.g. by another build), and in DOWNLOAD_DIR; fetches it into
# DOWNLOAD_DIR with `npm pack` when none has it. A tarball that fails the check stops the
# build (a fetched one is deleted first, so the next run fetches it again).
function(fib_npm_tarball pin_file source_dir download_dir out_path)
  fib_read_pin("${pin_file}" _pin)
  if(NOT _pin_source STREQUAL "npm")
    message(FATAL_ERROR "${pin_file}: source is '${_pin_source}', expected 'npm'")
  endif()
  set(_file "${_pin_name}-${_pin_version}.tgz")
  set(_candidates "${source_dir}/third_party/tarballs/${_file}")
  if(DEFINED ENV{FIB_TARBALL_DIR} AND NOT "$ENV{FIB_TARBALL_DIR}" STREQUAL "")
    list(APPEND _candidates "$ENV{FIB_TARBALL_DIR}/${_file}")
  endif()
  foreach(_candidate IN LISTS _candidates)
    if(EXISTS "${_candidate}")
      _fib_tarball_matches("${_candidate}" "${_pin_sha512}" _ok)
      if(NOT _ok)
        message(FATAL_ERROR "${_pin_name}@${_pin_version}: ${_candidate} fails the integrity check")
      endif()
      set(${out_path} "${_candidate}" PARENT_SCOPE)
      return()
    endif()
  endforeach()

  set(_tarball "${download_dir}/${_file}")
  if(NOT EXISTS "${_tarball}")
    file(MAKE_DIRECTORY "${download_dir}")
    find_program(NPM_EXECUTABLE npm)
    if(NOT NPM_EXECUTABLE)
      message(FATAL_ERROR "${_pin_name}@${_pin_version}: not in this source tree and npm is not "
                          "installed to fetch it (run scripts/setup.sh, or build from the sdist)")
    endif()
    message(STATUS "Fetching ${_pin_name}@${_pin_version} with npm pack")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" pack "${_pin_name}@${_pin_version}"
              --pack-destination "${download_dir}" --silent
      WORKING_DIRECTORY "${download_dir}"
      RESULT_VARIABLE _npm_rc OUTPUT_QUIET)
    if(NOT _npm_rc EQUAL 0 OR NOT EXISTS "${_tarball}")
      message(FATAL_ERROR "npm pack ${_pin_name}@${_pin_version} failed (${_npm_rc}); "
                          "run scripts/setup.sh, or check that the npm registry is reachable")
    endif()
  endif()
  _fib_tarball_matches("${_tarball}" "${_pin_sha512}" _ok)
  if(NOT _ok)
    file(REMOVE "${_tarball}")
    message(FATAL_ERROR "${_pin_name}@${_pin_version}: integrity check failed; "
                        "the tarball was removed, nothing was unpacked")
  endif()
  set(${out_path} "${_tarball}" PARENT_SCOPE)
endfunction()

# Unpacks the verified tarball for PIN_FILE (see fib_npm_tarball) under
# BINARY_DIR/_deps/<name>-<version>/ (PATTERNS as for file(ARCHIVE_EXTRACT)), once per tarball,
# and sets OUT_DIR to the directory holding its `package/`.
function(fib_npm_unpack pin_file source_dir binary_dir out_dir)
  fib_read_pin("${pin_file}" _pin)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${pin_file}")  # re-pin, re-run
  set(_dir "${binary_dir}/_deps/${_pin_name}-${_pin_version}")
  fib_npm_tarball("${pin_file}" "${source_dir}" "${binary_dir}/_deps/tarballs" _tarball)
  # The stamp records which tarball was unpacked: a changed pin unpacks afresh.
  set(_stamp "${_dir}/unpacked.sha512")
  set(_have "")
  if(EXISTS "${_stamp}")
    file(READ "${_stamp}" _have)
  endif()
  if(NOT _have STREQUAL _pin_sha512)
    file(REMOVE_RECURSE "${_dir}/package")
    file(ARCHIVE_EXTRACT INPUT "${_tarball}" DESTINATION "${_dir}" PATTERNS ${ARGN})
    file(WRITE "${_stamp}" "${_pin_sha512}")
  endif()
  set(${out_dir} "${_dir}" PARENT_SCOPE)
endfunction()
