# Script mode: copies a verified tarball of every npm pin (third_party/*.pin with source=npm)
# into DEST, fetching with `npm pack` what is not at hand (see fib_npm_tarball). The sdist step
# (python/setup.py) runs it so that the source distribution builds without npm.
#   cmake -DSOURCE_DIR=<project> -DDEST=<dir> -P third_party/collect_tarballs.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/pins.cmake")

if(NOT SOURCE_DIR OR NOT DEST)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<project> -DDEST=<dir> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
file(GLOB _pins "${CMAKE_CURRENT_LIST_DIR}/*.pin")
foreach(_pin IN LISTS _pins)
  fib_read_pin("${_pin}" _p)
  if(_p_source STREQUAL "npm")
    fib_npm_tarball("${_pin}" "${SOURCE_DIR}" "${DEST}" _tarball)
    if(NOT _tarball STREQUAL "${DEST}/${_p_name}-${_p_version}.tgz")
      file(COPY "${_tarball}" DESTINATION "${DEST}")
    endif()
  endif()
endforeach()
