# Fly emulator tests: one file per source of src/sandbox/fly/ (X.cpp <-> X_test.cpp), plus the
# OpenAPI validator the machine tests check their requests with.
list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/../../support/openapi_validator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/apps_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/certificates_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_call_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_settings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_state_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/graphql_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ids_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ip_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lease_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leases_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/logs_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_actions_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_lifecycle_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine_view_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machines_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/metadata_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/openapi_validator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/releases_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/releases_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sandbox_images_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secrets_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/volumes_routes_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wait_routes_test.cpp
)
