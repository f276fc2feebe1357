list(APPEND RAXOL_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/../../support/openapi_validator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/emulator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fly_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leases_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machines_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/openapi_validator_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/platform_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/web_api_test.cpp
)
