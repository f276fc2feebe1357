# Tests of src/targets/ itself (the registry folder); each kind has its own tests.cmake below.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/config_files_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_test.cpp
)
