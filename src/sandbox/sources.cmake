list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/emulators.cpp
  ${CMAKE_CURRENT_LIST_DIR}/faults.cpp
  ${CMAKE_CURRENT_LIST_DIR}/request_log.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sandbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/state_file.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/kit/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/fly/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/cloudflare_pages/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/github/sources.cmake)
