# The libraries behind prettier-identical text and its configuration:
#   fib_utf8proc  utf8proc: display widths (src/emit/string_width.cc), identifier characters
#   fib_yaml_cpp  yaml-cpp: YAML prettier configurations (src/config/prettier_files.cc)
#   fib_tomlplusplus  toml++ (header-only): .prettierrc.toml and pyproject.toml
# An installed copy is used only as a static library (or headers), so the binary never needs a
# shared one at run time: Debian's libutf8proc-dev, libyaml-cpp-dev and libtomlplusplus-dev here
# (scripts/setup.sh). Otherwise the pinned source (utf8proc.pin, yaml-cpp.pin, tomlplusplus.pin:
# the same versions as Debian 12's, so widths agree everywhere) is compiled, carried by the sdist
# or fetched and checked (third_party/pinned_sources.cmake).

include("${CMAKE_CURRENT_LIST_DIR}/pinned_sources.cmake")

# The pinned source of PIN (a file in this directory), into OUT_DIR.
function(_fib_text_source pin out_dir)
  fib_pinned_source("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${pin}" "${PROJECT_SOURCE_DIR}"
                    "${CMAKE_BINARY_DIR}" _dir)
  set(${out_dir} "${_dir}" PARENT_SCOPE)
endfunction()

# An imported static library TARGET over an installed LIBRARY and INCLUDE_DIR.
function(_fib_installed_static target library include_dir)
  add_library(${target} STATIC IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES IMPORTED_LOCATION "${library}"
                        INTERFACE_INCLUDE_DIRECTORIES "${include_dir}")
  message(STATUS "${target}: ${library}")
endfunction()

# A build for named macOS architectures (the wheels: arm64 and x86_64 from one runner) compiles
# the pinned sources: an installed library is built for one architecture only.
if(CMAKE_OSX_ARCHITECTURES)
  set(_fib_installed_ok FALSE)
else()
  set(_fib_installed_ok TRUE)
endif()

find_path(FIB_UTF8PROC_INCLUDE_DIR utf8proc.h)
find_library(FIB_UTF8PROC_LIBRARY NAMES libutf8proc.a)
if(_fib_installed_ok AND FIB_UTF8PROC_INCLUDE_DIR AND FIB_UTF8PROC_LIBRARY)
  _fib_installed_static(fib_utf8proc "${FIB_UTF8PROC_LIBRARY}" "${FIB_UTF8PROC_INCLUDE_DIR}")
  set_property(TARGET fib_utf8proc PROPERTY INTERFACE_COMPILE_DEFINITIONS UTF8PROC_STATIC)
else()
  _fib_text_source(utf8proc.pin _utf8proc)
  add_library(fib_utf8proc STATIC "${_utf8proc}/utf8proc.c")
  target_include_directories(fib_utf8proc SYSTEM PUBLIC "${_utf8proc}")
  target_compile_definitions(fib_utf8proc PUBLIC UTF8PROC_STATIC)
  target_compile_options(fib_utf8proc PRIVATE -w)
endif()

find_path(FIB_YAML_CPP_INCLUDE_DIR yaml-cpp/yaml.h)
find_library(FIB_YAML_CPP_LIBRARY NAMES libyaml-cpp.a)
if(_fib_installed_ok AND FIB_YAML_CPP_INCLUDE_DIR AND FIB_YAML_CPP_LIBRARY)
  _fib_installed_static(fib_yaml_cpp "${FIB_YAML_CPP_LIBRARY}" "${FIB_YAML_CPP_INCLUDE_DIR}")
else()
  _fib_text_source(yaml-cpp.pin _yaml_cpp)
  file(GLOB _yaml_cpp_sources "${_yaml_cpp}/src/*.cpp")
  add_library(fib_yaml_cpp STATIC ${_yaml_cpp_sources})
  target_include_directories(fib_yaml_cpp SYSTEM PUBLIC "${_yaml_cpp}/include")
  target_include_directories(fib_yaml_cpp PRIVATE "${_yaml_cpp}/src")
  target_compile_options(fib_yaml_cpp PRIVATE -w)
endif()

add_library(fib_tomlplusplus INTERFACE)
target_compile_definitions(fib_tomlplusplus INTERFACE TOML_HEADER_ONLY=1)
find_path(FIB_TOMLPLUSPLUS_INCLUDE_DIR toml++/toml.h)
if(FIB_TOMLPLUSPLUS_INCLUDE_DIR)
  target_include_directories(fib_tomlplusplus SYSTEM INTERFACE "${FIB_TOMLPLUSPLUS_INCLUDE_DIR}")
else()
  _fib_text_source(tomlplusplus.pin _tomlplusplus)
  target_include_directories(fib_tomlplusplus SYSTEM INTERFACE "${_tomlplusplus}/include")
endif()
