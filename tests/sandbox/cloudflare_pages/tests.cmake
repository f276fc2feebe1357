# Cloudflare Pages emulator tests: one file per source of src/sandbox/cloudflare_pages/.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/account_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/asset_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/asset_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deployment_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/domain_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/env_vars_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_call_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pages_state_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_files_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/upload_body_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/upload_jwt_test.cpp
)
