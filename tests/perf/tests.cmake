list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ingest/parsers_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/malformed_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/detect_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/run_fields_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/perf_ingest_binary_test.cpp
)
