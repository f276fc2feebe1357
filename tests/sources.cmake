# Test sources mirror src/: src/net/retry.cpp <-> tests/net/retry_test.cpp.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/main.cpp
  ${CMAKE_CURRENT_LIST_DIR}/support/run_binary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/support/example_project.cpp
  ${CMAKE_CURRENT_LIST_DIR}/support/fake_clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/support/sandbox_fixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/support/spawn_binary.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/cli/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/commands/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/render/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/net/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/system/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/targets/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/targets/kit/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/targets/fly/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/targets/cloudflare_pages/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/targets/github_pages/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/config/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sandbox/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/e2e/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/util/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/core/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/architecture/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/conformance/tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/perf/tests.cmake)
