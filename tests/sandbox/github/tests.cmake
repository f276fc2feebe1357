# GitHub emulator tests: one file per source of src/sandbox/github/.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/actions_secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git_backend_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/git_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_call_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/github_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_certificate_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_state_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets_routes_test.cpp
)
