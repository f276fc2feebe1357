# Each target folder keeps its own explicit list.
include(${CMAKE_CURRENT_LIST_DIR}/fly/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/cloudflare_pages/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/github_pages/sources.cmake)
raxol_sources(
  config_files registry kit/endpoint_url kit/json_api kit/release_choice kit/settings
)
