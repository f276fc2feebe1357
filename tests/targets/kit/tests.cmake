list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/endpoint_url_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_api_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/release_choice_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings_test.cpp
)
