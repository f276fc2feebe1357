list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/exit_codes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy_report_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/facet_results_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/history_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/results_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/show_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/table_test.cpp
)
