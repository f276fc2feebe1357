list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/check/rule_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/check/settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/check/perf_check_command_test.cpp
)
