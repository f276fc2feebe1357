# core/ tests, one per source file: the project and its targets, deploy order and kind options,
# comparison, credentials, secret input, the audit trail, CI summaries, deploy-all and rollback
# (the last two through the registry against the Cloudflare Pages emulator).
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/audit_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ci_summary_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/comparison_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config_file_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/credentials_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy_all_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy_order_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/kind_options_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rollback_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secret_input_test.cpp
)
