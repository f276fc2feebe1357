# The emulators' kit: router, call, envelopes, settings reader.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/call_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/envelope_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/router_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings_reader_test.cpp
)
