# End-to-end: the real binary against a sandbox started in the test process.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/fly_deploy_test.cpp
)
