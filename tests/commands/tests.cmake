list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/certs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/command_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config_show_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config_validate_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exec_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/history_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/logs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plan_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/releases_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rollback_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sandbox_serve_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/status_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/targets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/version_test.cpp
)
