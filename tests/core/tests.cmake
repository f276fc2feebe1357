list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/comparison_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/credentials_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy_order_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kind_options_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secret_input_test.cpp
)
