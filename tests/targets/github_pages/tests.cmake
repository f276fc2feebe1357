# GitHub Pages target: settings, remotes, tree composition and publishing against local bare
# repositories with the real git CLI; custom-domain records; sealing secret values.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/compose_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_records_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/publisher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/seal_test.cpp
)
