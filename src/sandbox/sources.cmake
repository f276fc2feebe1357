raxol_sources(
  emulators faults request_log sandbox state_file
)
include(${CMAKE_CURRENT_LIST_DIR}/kit/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/fly/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/cloudflare_pages/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/github/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/registry/sources.cmake)
