# The two static C libraries the parser needs, both compiled from pinned npm tarballs
# (third_party/pins.cmake fetches and verifies them; no system tree-sitter, no pkg-config):
#   tree_sitter_runtime             vendor/tree-sitter/lib/src/lib.c of `tree-sitter`
#   tree_sitter_typescript_grammar  typescript/src/parser.c and scanner.c of `tree-sitter-typescript`
# Configuring fails when the grammar's ABI version is one the runtime cannot load.

include("${CMAKE_CURRENT_LIST_DIR}/pins.cmake")

fib_npm_unpack("${CMAKE_CURRENT_LIST_DIR}/tree-sitter.pin" "${PROJECT_SOURCE_DIR}"
               "${CMAKE_BINARY_DIR}" _runtime_dir
               "package/vendor/tree-sitter/lib/*" "package/LICENSE")
fib_npm_unpack("${CMAKE_CURRENT_LIST_DIR}/tree-sitter-typescript.pin" "${PROJECT_SOURCE_DIR}"
               "${CMAKE_BINARY_DIR}" _grammar_dir
               "package/typescript/src/*" "package/common/*" "package/LICENSE")
set(_runtime "${_runtime_dir}/package/vendor/tree-sitter/lib")
set(_grammar "${_grammar_dir}/package/typescript/src")

# The ABI check: the grammar's LANGUAGE_VERSION must lie in the runtime's accepted range.
file(STRINGS "${_runtime}/include/tree_sitter/api.h" _abi_lines
     REGEX "#define TREE_SITTER_(MIN_COMPATIBLE_)?LANGUAGE_VERSION ")
foreach(_line IN LISTS _abi_lines)
  string(REGEX MATCH "(TREE_SITTER_[A-Z_]+) ([0-9]+)" _ "${_line}")
  set(_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
file(STRINGS "${_grammar}/parser.c" _grammar_abi_line REGEX "#define LANGUAGE_VERSION ")
string(REGEX MATCH "[0-9]+" _grammar_abi "${_grammar_abi_line}")
if(_grammar_abi LESS _TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION OR
   _grammar_abi GREATER _TREE_SITTER_LANGUAGE_VERSION)
  message(FATAL_ERROR "the pinned grammar is ABI ${_grammar_abi}; the pinned runtime reads "
                      "${_TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION} to "
                      "${_TREE_SITTER_LANGUAGE_VERSION}: change one of the pins")
endif()

add_library(tree_sitter_runtime STATIC "${_runtime}/src/lib.c")
target_include_directories(tree_sitter_runtime PRIVATE "${_runtime}/src"
                           PUBLIC "${_runtime}/include")
set_target_properties(tree_sitter_runtime PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)

add_library(tree_sitter_typescript_grammar STATIC "${_grammar}/parser.c" "${_grammar}/scanner.c")
target_include_directories(tree_sitter_typescript_grammar PRIVATE "${_grammar}")
set_target_properties(tree_sitter_typescript_grammar PROPERTIES C_STANDARD 11
                      POSITION_INDEPENDENT_CODE ON)
# Third-party C code is not ours to lint: silence its warnings only.
target_compile_options(tree_sitter_runtime PRIVATE -w)
target_compile_options(tree_sitter_typescript_grammar PRIVATE -w)
