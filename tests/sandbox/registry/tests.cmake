# Registry emulator tests: one file per source of src/sandbox/registry/ (X.cpp <-> X_test.cpp);
# registry_client.h is the client they share. pagination.cpp is tested through the tag list
# and the catalog (tag_routes_test, catalog_routes_test).
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/blob_files_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/blob_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/catalog_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/manifest_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/manifests_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/names_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_auth_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_call_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_state_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registry_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tag_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokens_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/upload_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/uploads_test.cpp
)
