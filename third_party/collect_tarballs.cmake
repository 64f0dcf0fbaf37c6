# Script mode, for the sdist (python/setup.py): copies a verified tarball of every npm pin
# (third_party/*.pin with source=npm) into DEST, fetching with `npm pack` what is not at hand
# (see fib_npm_tarball). With SOURCES (and WORK, a scratch folder), it also fetches every url and
# git pin and copies what the pin carries into SOURCES/<name>-<version>/ with their SHA256SUMS
# (third_party/pinned_sources.cmake), so that building the sdist needs neither npm nor, where
# the libraries are not installed (the release's manylinux containers), the network.
#   cmake -DSOURCE_DIR=<project> -DDEST=<dir> [-DSOURCES=<dir> -DWORK=<dir>] -P third_party/collect_tarballs.cmake
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/pins.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/pinned_sources.cmake")

if(NOT SOURCE_DIR OR NOT DEST)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<project> -DDEST=<dir> "
                      "[-DSOURCES=<dir> -DWORK=<dir>] -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
file(GLOB _pins "${CMAKE_CURRENT_LIST_DIR}/*.pin")
foreach(_pin IN LISTS _pins)
  fib_read_pin("${_pin}" _p)
  if(_p_source STREQUAL "npm")
    fib_npm_tarball("${_pin}" "${SOURCE_DIR}" "${DEST}" _tarball)
    if(NOT _tarball STREQUAL "${DEST}/${_p_name}-${_p_version}.tgz")
      file(COPY "${_tarball}" DESTINATION "${DEST}")
    endif()
  elseif(SOURCES)
    if(NOT WORK)
      message(FATAL_ERROR "SOURCES needs WORK, a folder to fetch into")
    endif()
    fib_carry_pinned_source("${_pin}" "${WORK}" "${SOURCES}")
    message(STATUS "carrying ${_p_name} ${_p_version}")
  endif()
endforeach()
