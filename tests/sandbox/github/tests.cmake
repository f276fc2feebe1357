# The GitHub emulator (git smart HTTP, Pages REST).
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/github_emulator_test.cpp
)
