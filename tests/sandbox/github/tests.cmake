# The GitHub emulator (git smart HTTP, Pages REST and certificates, Actions secrets).
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/github_emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_certificate_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets_emulator_test.cpp
)
