# raxol_sources(name...): appends <folder of the calling sources.cmake>/<name>.cpp to
# RAXOL_CORE_SOURCES. Each folder lists its own sources explicitly (no globbing: a new file is
# a reviewed change), in order; that order also decides the unity batches (CMakeLists.txt).
# A macro, so that CMAKE_CURRENT_LIST_DIR is the caller's folder.
macro(raxol_sources)
  foreach(raxol_source_name IN ITEMS ${ARGN})
    list(APPEND RAXOL_CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${raxol_source_name}.cpp)
  endforeach()
endmacro()
