list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/app_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/argv_check_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/completion_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/did_you_mean_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/docs_gen_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/option_parsing_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parser_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shell_support.cpp
)
