list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/config_show_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/config_validate_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deploy_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rollback_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/status_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/targets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/version_test.cpp
)
