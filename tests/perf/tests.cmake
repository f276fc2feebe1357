list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ingest/parsers_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/malformed_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/detect_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/run_fields_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ingest/perf_ingest_binary_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/render/sample_runs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/render/browser_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/render/rule_verdicts_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/render/pages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/render/units_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/check/rule_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/check/settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/check/perf_check_command_test.cpp
)
