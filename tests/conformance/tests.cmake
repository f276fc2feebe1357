# The conformance suite: one list of cases (conformance_test.cpp), one fixture per kind.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/conformance_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_fixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gh_pages_fixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_fixture.cpp
)
