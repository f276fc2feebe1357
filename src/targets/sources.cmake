# Each target folder keeps its own explicit list.
include(${CMAKE_CURRENT_LIST_DIR}/fly/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/cloudflare_pages/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/github_pages/sources.cmake)
list(APPEND RAXOL_CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/config_files.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kit/json_api.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kit/release_choice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kit/settings.cpp
)
