list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/environment_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/identity_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/local_filesystem_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/posix_process_runner_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/redact_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signals_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system_clock_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/terminal_ui_test.cpp
)
