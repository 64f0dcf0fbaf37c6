# Fetches the pinned tree-sitter-typescript npm package into the build tree, checks its
# SHA-512 against third_party/tree-sitter-typescript.pin, unpacks it and defines the C target
# `tree_sitter_typescript_grammar` from typescript/src/parser.c and scanner.c. Nothing of the
# grammar is committed: the tarball is the only source, and a mismatched hash stops the build.

file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/tree-sitter-typescript.pin" _pin_lines REGEX "^[a-z0-9]+=")
foreach(_line IN LISTS _pin_lines)
  string(REGEX MATCH "^([a-z0-9]+)=(.*)$" _ "${_line}")
  set(GRAMMAR_PIN_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()

set(_grammar_dir "${CMAKE_BINARY_DIR}/_deps/${GRAMMAR_PIN_name}-${GRAMMAR_PIN_version}")
set(_tarball "${_grammar_dir}/${GRAMMAR_PIN_name}-${GRAMMAR_PIN_version}.tgz")
set(_src "${_grammar_dir}/package/typescript/src")

function(_fib_verify_tarball path out_ok)
  file(SHA512 "${path}" _actual)
  if(_actual STREQUAL GRAMMAR_PIN_sha512)
    set(${out_ok} TRUE PARENT_SCOPE)
  else()
    set(${out_ok} FALSE PARENT_SCOPE)
    message(WARNING "${path}: sha512 ${_actual} does not match the pin ${GRAMMAR_PIN_sha512}")
  endif()
endfunction()

if(NOT EXISTS "${_src}/parser.c")
  file(MAKE_DIRECTORY "${_grammar_dir}")
  if(NOT EXISTS "${_tarball}")
    find_program(NPM_EXECUTABLE npm REQUIRED)
    message(STATUS "Fetching ${GRAMMAR_PIN_name}@${GRAMMAR_PIN_version} with npm pack")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" pack "${GRAMMAR_PIN_name}@${GRAMMAR_PIN_version}"
              --pack-destination "${_grammar_dir}" --silent
      WORKING_DIRECTORY "${_grammar_dir}"
      RESULT_VARIABLE _npm_rc OUTPUT_QUIET)
    if(NOT _npm_rc EQUAL 0 OR NOT EXISTS "${_tarball}")
      message(FATAL_ERROR "npm pack ${GRAMMAR_PIN_name}@${GRAMMAR_PIN_version} failed (${_npm_rc}); "
                          "run scripts/setup.sh, or check that the npm registry is reachable")
    endif()
  endif()
  _fib_verify_tarball("${_tarball}" _ok)
  if(NOT _ok)
    file(REMOVE "${_tarball}")
    message(FATAL_ERROR "${GRAMMAR_PIN_name}@${GRAMMAR_PIN_version}: integrity check failed; "
                        "the tarball was removed, nothing was unpacked")
  endif()
  file(ARCHIVE_EXTRACT INPUT "${_tarball}" DESTINATION "${_grammar_dir}"
       PATTERNS "package/typescript/src/*" "package/common/*")
endif()

add_library(tree_sitter_typescript_grammar STATIC "${_src}/parser.c" "${_src}/scanner.c")
target_include_directories(tree_sitter_typescript_grammar PRIVATE "${_src}")
set_target_properties(tree_sitter_typescript_grammar PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
# Generated grammar code is not ours to lint: silence its warnings only.
target_compile_options(tree_sitter_typescript_grammar PRIVATE -w)
