# Sandbox tests mirror src/sandbox/: src/sandbox/faults.cpp <-> tests/sandbox/faults_test.cpp.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/emulators_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/faults_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/request_log_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sandbox_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/state_file_test.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/kit/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/fly/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/cloudflare_pages/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/github/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/registry/tests.cmake)
